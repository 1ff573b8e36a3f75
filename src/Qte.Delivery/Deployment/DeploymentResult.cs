using Qte.Delivery.Canary;
using Qte.Delivery.Environments;

namespace Qte.Delivery.Deployment;

/// <summary>How a deployment ended, for deployment.json and the build's report.</summary>
public sealed record DeploymentResult(
    string Environment,
    string ReleaseId,
    string Version,
    string Slot,
    DeploymentOutcome Outcome,
    string PublicUrl,
    string? PreviousReleaseId,
    string? FailedCheck,
    double? RestoreSeconds,
    IReadOnlyList<CheckResult> Checks,
    string Strategy = DeploymentStrategy.Recreate,
    CanaryReport? Canary = null);
