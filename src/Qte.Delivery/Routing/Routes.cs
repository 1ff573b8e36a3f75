using Qte.Delivery.Environments;

namespace Qte.Delivery.Routing;

/// <summary>
/// The router's table as its admin API takes it: each slot's address, its weight in percent, and, for a slot that
/// runs replicas on several nodes, every replica's address (the router balances the slot's share across them).
/// </summary>
public sealed record Routes(
    IReadOnlyDictionary<string, string> Slots, IReadOnlyDictionary<string, int> Weights, IReadOnlyDictionary<string, IReadOnlyList<string>>? Replicas = null)
{
    public static Routes AllTo(string slot, SlotState state, IReadOnlyDictionary<string, SlotState>? others = null)
    {
        var slots = new Dictionary<string, SlotState>(others ?? new Dictionary<string, SlotState>()) { [slot] = state };
        return Of(slots, slots.Keys.ToDictionary(s => s, s => s == slot ? 100 : 0));
    }

    /// <summary>A canary step: <paramref name="canaryWeight"/> percent of users to the canary, the rest to the stable slot.</summary>
    public static Routes Split(string stable, SlotState stableState, string canary, SlotState canaryState, int canaryWeight) => Of(
        new Dictionary<string, SlotState> { [stable] = stableState, [canary] = canaryState },
        new Dictionary<string, int> { [stable] = 100 - canaryWeight, [canary] = canaryWeight });

    private static Routes Of(Dictionary<string, SlotState> slots, Dictionary<string, int> weights)
    {
        var replicas = slots.Where(s => s.Value.Replicas is { Count: > 0 }).ToDictionary(s => s.Key, s => s.Value.Addresses);
        return new Routes(slots.ToDictionary(s => s.Key, s => s.Value.Address), weights, replicas.Count == 0 ? null : replicas);
    }
}
