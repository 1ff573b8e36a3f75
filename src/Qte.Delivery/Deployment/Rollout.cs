using Qte.Delivery.Environments;
using Qte.Delivery.Releases;

namespace Qte.Delivery.Deployment;

/// <summary>
/// One deployment under way, as a strategy gets it: the release, started and ready in the idle slot
/// (<see cref="Target"/>), what served before (none on a first deploy), the deployment's record and the checks so far.
/// </summary>
internal sealed record Rollout(
    Release Release,
    string Target,
    SlotState Slot,
    string? LiveSlot,
    SlotState? Previous,
    DeploymentRecord Record,
    HttpClient Http,
    ReleaseChecks Checks,
    List<CheckResult> Results,
    bool Baseline);
