namespace Qte.Pipeline.Report.Charts;

/// <summary>One judged canary step's figures: rates as fractions, latencies in ms; no limit where latency was not compared.</summary>
internal sealed record CanaryStepFigures(
    int Weight, string Verdict, double CanarySuccess, double StableSuccess, double Threshold, double CanaryP95Ms, double StableP95Ms, double? LimitMs);
