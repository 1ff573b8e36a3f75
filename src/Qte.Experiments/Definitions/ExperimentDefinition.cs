namespace Qte.Experiments.Definitions;

/// <summary>
/// One experiment as build/config/experiments/&lt;key&gt;.json defines it: the groups (the first is control), each
/// group's share of users in percent, how long it is planned to run and the metrics that judge it.
/// </summary>
/// <param name="Revision">A short hash of the file's text: which version of the definition a service has loaded.</param>
public sealed record ExperimentDefinition(
    string Key,
    string Seed,
    DateTimeOffset? Start,
    bool Enabled,
    IReadOnlyList<string> Groups,
    IReadOnlyList<double> SplitPercent,
    TimeSpan Duration,
    IReadOnlyList<string> Metrics,
    string Revision)
{
    public string Control => Groups[0];

    /// <summary>Each group's share as a weight from 0 to 1, in the order of <see cref="Groups"/>.</summary>
    public IReadOnlyList<double> Weights { get; } = ToWeights(SplitPercent);

    /// <summary>Each group's bucket range, computed once: the service assigns with them on every request.</summary>
    public IReadOnlyList<(double Start, double End)> Ranges { get; } =
        Assignment.BucketRanges.Get(Groups.Count, 1, ToWeights(SplitPercent));

    /// <summary>Whether users are split now: enabled and started. Otherwise everyone is served control.</summary>
    public bool IsRunning(DateTimeOffset now) => Enabled && (Start is null || now >= Start);

    private static List<double> ToWeights(IReadOnlyList<double> percent) => [.. percent.Select(p => p / 100)];
}
