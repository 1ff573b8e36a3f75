namespace Qte.Delivery.Environments;

public enum DeploymentOutcome
{
    InProgress,
    Succeeded,

    /// <summary>The release failed a check before taking traffic; what served before still serves.</summary>
    Failed,

    /// <summary>The release failed a check while taking traffic, and the previous release took it back.</summary>
    RolledBack,

    /// <summary>Nothing deployed: the environment already serves the same content under the same config.</summary>
    Unchanged,
}
