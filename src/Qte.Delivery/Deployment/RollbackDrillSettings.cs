namespace Qte.Delivery.Deployment;

/// <summary>
/// Stage 3-v4's drill (rollbackDrill.*): whether it runs, and the faulty build it deploys over the live release, one
/// that passes its smoke test and fails a share of requests after its first few under traffic.
/// </summary>
public sealed record RollbackDrillSettings(bool Enabled = false, double FaultRate = 0.5, int FaultAfterRequests = 50)
{
    /// <summary>The release variables that make the serving release's build faulty.</summary>
    public IReadOnlyList<string> FaultSets() =>
    [
        FormattableString.Invariant($"release.env.QTE_FAULT_RATE={FaultRate}"),
        FormattableString.Invariant($"release.env.QTE_FAULT_AFTER_REQUESTS={FaultAfterRequests}"),
    ];
}
