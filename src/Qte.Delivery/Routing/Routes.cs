namespace Qte.Delivery.Routing;

/// <summary>The router's table as its admin API takes it: each slot's address, and its weight in percent.</summary>
public sealed record Routes(IReadOnlyDictionary<string, string> Slots, IReadOnlyDictionary<string, int> Weights)
{
    public static Routes AllTo(string slot, string address, IReadOnlyDictionary<string, string>? others = null)
    {
        var slots = new Dictionary<string, string>(others ?? new Dictionary<string, string>()) { [slot] = address };
        return new Routes(slots, slots.Keys.ToDictionary(s => s, s => s == slot ? 100 : 0));
    }
}
