namespace Qte.Delivery.Routing;

/// <summary>The router's table as its admin API takes it: each slot's address, and its weight in percent.</summary>
public sealed record Routes(IReadOnlyDictionary<string, string> Slots, IReadOnlyDictionary<string, int> Weights)
{
    public static Routes AllTo(string slot, string address, IReadOnlyDictionary<string, string>? others = null)
    {
        var slots = new Dictionary<string, string>(others ?? new Dictionary<string, string>()) { [slot] = address };
        return new Routes(slots, slots.Keys.ToDictionary(s => s, s => s == slot ? 100 : 0));
    }

    /// <summary>A canary step: <paramref name="canaryWeight"/> percent of users to the canary, the rest to the stable slot.</summary>
    public static Routes Split(string stable, string stableAddress, string canary, string canaryAddress, int canaryWeight) => new(
        new Dictionary<string, string> { [stable] = stableAddress, [canary] = canaryAddress },
        new Dictionary<string, int> { [stable] = 100 - canaryWeight, [canary] = canaryWeight });
}
