namespace Qte.Delivery.Canary;

/// <summary>
/// One step of a canary: its weight, when it started (seconds after the canary took its first traffic) and how long
/// it lasted, each side's numbers, the limits they were held to (the success rate's threshold; the p95 limit, null
/// where latency was not compared), the latency test, the verdict with its reason, how many looks it took and the
/// level of the deciding look; how often its window started again because the router restarted or because a slot
/// lost or regained a replica (a cluster node died or came back).
/// </summary>
public sealed record CanaryStepReport(
    int Step,
    int Weight,
    StepVerdict Verdict,
    string Reason,
    double StartedSeconds,
    double Seconds,
    SideStats Canary,
    SideStats Stable,
    double SuccessThreshold,
    double? LatencyLimitMs,
    MannWhitneyResult? Latency,
    int RouterRestarts,
    int Looks,
    double Alpha,
    int ReplicaChanges = 0);
