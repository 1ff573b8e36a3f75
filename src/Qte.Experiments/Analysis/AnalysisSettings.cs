namespace Qte.Experiments.Analysis;

/// <summary>How an experiment is judged.</summary>
public sealed record AnalysisSettings
{
    /// <summary>Below this many exposed users in control or in the variant, its results say "not enough data".</summary>
    public int MinSamplePerArm { get; init; } = 100;

    /// <summary>The family-wise error rate across variants × metrics (Holm–Bonferroni).</summary>
    public double Alpha { get; init; } = 0.05;

    /// <summary>The confidence of every interval.</summary>
    public double Confidence { get; init; } = 0.95;
}
