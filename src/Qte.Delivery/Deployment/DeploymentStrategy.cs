namespace Qte.Delivery.Deployment;

/// <summary>The strategies' names, as an environment's config gives them (its "strategy" key).</summary>
public static class DeploymentStrategy
{
    /// <summary>Start beside, switch all traffic, smoke test and watch through the router, roll back on failure.</summary>
    public const string Recreate = "recreate";

    /// <summary>Pre-promotion checks on the idle slot, an atomic switch, post-promotion analysis, the old slot kept for a while.</summary>
    public const string BlueGreen = "blue-green";

    /// <summary>Steps of growing weight, each analysed against the stable slot; abort or promote.</summary>
    public const string Canary = "canary";

    /// <summary>Every strategy's name, from the strategies themselves.</summary>
    public static readonly string[] All = [.. RolloutStrategies.All.Select(s => s.Name)];
}
