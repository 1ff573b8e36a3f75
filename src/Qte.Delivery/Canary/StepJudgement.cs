namespace Qte.Delivery.Canary;

/// <summary>What the judge made of one window: the verdict, why, and the numbers behind it.</summary>
public sealed record StepJudgement(StepVerdict Verdict, string Reason, SideStats Canary, SideStats Stable, MannWhitneyResult? Latency);
