namespace Qte.Delivery.Deployment;

/// <summary>The strategies an environment's config may name (its "strategy" key).</summary>
public static class DeploymentStrategy
{
    /// <summary>Start beside, switch all traffic, smoke test and watch through the router, roll back on failure.</summary>
    public const string Recreate = "recreate";

    /// <summary>Pre-promotion checks on the idle slot, an atomic switch, post-promotion analysis, the old slot kept for a while.</summary>
    public const string BlueGreen = "blue-green";

    /// <summary>Steps of growing weight, each analysed against the stable slot; abort or promote.</summary>
    public const string Canary = "canary";

    public static readonly string[] All = [Recreate, BlueGreen, Canary];
}
