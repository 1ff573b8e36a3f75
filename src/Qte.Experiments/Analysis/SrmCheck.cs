namespace Qte.Experiments.Analysis;

/// <summary>
/// A sample-ratio-mismatch check: the users each group got against what its split promised. A p-value below
/// <see cref="SampleRatioMismatch.Threshold"/> means assignment or event capture is broken and no result can be trusted.
/// </summary>
public sealed record SrmCheck(
    IReadOnlyList<string> Groups,
    IReadOnlyList<long> Observed,
    IReadOnlyList<double> Expected,
    double ChiSquare,
    int DegreesOfFreedom,
    double PValue,
    bool Mismatch);
