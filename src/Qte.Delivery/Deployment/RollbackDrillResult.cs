using Qte.Delivery.Environments;

namespace Qte.Delivery.Deployment;

/// <summary>
/// What the drill measured: which check caught the faulty build, the time to restore service, the generated requests
/// that failed in all and after the switch back, and the release and slot that serve at the end (the faulty build is
/// the same release in the other slot, so the slot tells them apart).
/// </summary>
public sealed record RollbackDrillResult(
    string FaultyReleaseId,
    DeploymentOutcome Outcome,
    string? CaughtBy,
    double? RestoreSeconds,
    long Requests,
    long FailedRequests,
    long RequestsAfterSwitchBack,
    long FailedAfterSwitchBack,
    string? ServingReleaseId,
    string? ServingSlot,
    string GoodSlot)
{
    /// <summary>Caught by the health watch, rolled back with a measured restore, no failure after, the good release serving.</summary>
    public bool Passed =>
        Outcome == DeploymentOutcome.RolledBack
        && CaughtBy?.StartsWith("health watch", StringComparison.Ordinal) == true
        && RestoreSeconds is not null
        && RequestsAfterSwitchBack > 0
        && FailedAfterSwitchBack == 0
        && ServingReleaseId == FaultyReleaseId
        && ServingSlot == GoodSlot;
}
