namespace Qte.Delivery.Canary;

/// <summary>
/// What the judge made of one window: the verdict, why, the numbers behind it, and the p95 the canary had to stay under
/// (null where latency was not compared).
/// </summary>
public sealed record StepJudgement(StepVerdict Verdict, string Reason, SideStats Canary, SideStats Stable, MannWhitneyResult? Latency, double? LatencyLimitMs = null);
