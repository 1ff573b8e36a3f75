namespace Qte.Experiments.Analysis;

/// <summary>An experiment's analysis: the arms, the SRM check, every variant × metric result and a decision per variant.</summary>
/// <param name="Trustworthy">False when the SRM check flags a mismatch: the results are shown but not acted on.</param>
public sealed record ExperimentAnalysis(
    string Experiment,
    string Revision,
    DateTimeOffset AnalyzedAt,
    double ElapsedSeconds,
    double PlannedSeconds,
    string Control,
    IReadOnlyList<ArmSummary> Arms,
    SrmCheck Srm,
    bool Trustworthy,
    IReadOnlyList<MetricResult> Results,
    IReadOnlyList<VariantDecision> Decisions,
    AnalysisSettings Settings);
