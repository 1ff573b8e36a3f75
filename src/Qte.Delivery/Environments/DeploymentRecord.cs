namespace Qte.Delivery.Environments;

/// <summary>One deployment in an environment's history: what was deployed, how it ended and why.</summary>
public sealed record DeploymentRecord(
    string ReleaseId,
    string Version,
    string Kind,
    DateTimeOffset Started,
    DateTimeOffset? Finished,
    DeploymentOutcome Outcome,
    string? Reason = null,
    double? RestoreSeconds = null,
    string? Config = null);
