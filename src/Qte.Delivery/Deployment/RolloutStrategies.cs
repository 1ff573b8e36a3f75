namespace Qte.Delivery.Deployment;

/// <summary>The strategies an environment may name. A new strategy is a class of its own, listed here.</summary>
internal static class RolloutStrategies
{
    public static readonly IReadOnlyList<IRolloutStrategy> All = [new RecreateStrategy(), new BlueGreenStrategy(), new CanaryStrategy()];

    /// <summary>The named strategy; every first deploy is a plain one, as there is nothing to compare with or switch back to.</summary>
    public static IRolloutStrategy For(string name, bool firstDeploy) =>
        firstDeploy ? All[0] : All.FirstOrDefault(s => s.Name == name) ?? throw new DeliveryException($"strategy: '{name}' is not a strategy. Allowed: {string.Join(", ", All.Select(s => s.Name))}.");
}
