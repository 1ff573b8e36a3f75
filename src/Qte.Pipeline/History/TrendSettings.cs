namespace Qte.Pipeline.History;

/// <summary>What the trend analysis compares with and what counts as a regression.</summary>
public sealed record TrendSettings
{
    /// <summary>A run id to compare with; null for the median of the last <see cref="BaselineRuns"/> successful runs of the target.</summary>
    public string? BaselineRun { get; init; }

    public int BaselineRuns { get; init; } = 5;

    /// <summary>A task is a regression when it is slower than the baseline by more than this share...</summary>
    public double TolerancePercent { get; init; } = 20;

    /// <summary>...and by more than this many seconds.</summary>
    public double ToleranceSeconds { get; init; } = 5;

    /// <summary>The success rate counts this many runs of the target, this one included.</summary>
    public int SuccessRuns { get; init; } = 20;

    /// <summary>A regression fails the run instead of warning.</summary>
    public bool FailOnRegression { get; init; }
}
