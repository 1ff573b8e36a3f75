using System.Text.RegularExpressions;
using Qte.Primitives.Net;

namespace Qte.Router.Routing;

/// <summary>
/// Where an environment's traffic goes: each slot's address and its share of users in percent; a slot that runs
/// replicas on several nodes (a Swarm service) lists each replica's address, and its share is balanced across them.
/// </summary>
public sealed partial record RoutingTable(
    IReadOnlyDictionary<string, string> Slots, IReadOnlyDictionary<string, int> Weights, IReadOnlyDictionary<string, IReadOnlyList<string>>? Replicas = null)
{
    public static readonly RoutingTable Empty = new(new Dictionary<string, string>(), new Dictionary<string, int>());

    /// <summary>Each slot's addresses: its replicas', or its one address.</summary>
    public IReadOnlyList<string> AddressesOf(string slot) =>
        Replicas?.GetValueOrDefault(slot) is { Count: > 0 } replicas ? replicas : [Slots[slot]];

    /// <summary>The problems that make the table unusable, each naming the slot and the rule; empty when it is valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        foreach (var (slot, address) in Slots)
        {
            if (!SlotName().IsMatch(slot))
            {
                problems.Add($"slots.{slot}: a slot name is 1 to 32 lower-case letters, digits or dashes.");
            }

            if (Replicas?.ContainsKey(slot) == true)
            {
                // A slot with replicas names its first replica's address here: the rule of replicas applies.
                continue;
            }

            if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp || !uri.IsLoopback)
            {
                problems.Add($"slots.{slot}: '{address}' is not allowed. Allowed: an http address on the loopback interface, e.g. http://127.0.0.1:5000.");
            }
        }

        foreach (var (slot, addresses) in Replicas ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            if (!Slots.ContainsKey(slot))
            {
                problems.Add($"replicas.{slot}: no such slot. Known slots: {string.Join(", ", Slots.Keys.Order(StringComparer.Ordinal))}.");
            }

            problems.AddRange(addresses.Where(a => !IsNodeAddress(a)).Select(a =>
                $"replicas.{slot}: '{a}' is not allowed. Allowed: {NodeAddress.Allowed}, e.g. http://10.77.0.2:5000."));
        }

        foreach (var (slot, weight) in Weights)
        {
            if (!Slots.ContainsKey(slot))
            {
                problems.Add($"weights.{slot}: no such slot. Known slots: {string.Join(", ", Slots.Keys.Order(StringComparer.Ordinal))}.");
            }

            if (weight is < 0 or > 100)
            {
                problems.Add($"weights.{slot}: {weight} is not allowed. Allowed: 0 to 100.");
            }
        }

        var sum = Weights.Values.Sum();
        if (Weights.Count > 0 && sum != 100)
        {
            problems.Add($"weights: they sum to {sum}; they must sum to 100.");
        }

        return problems;
    }

    /// <summary>
    /// The slot for a user's bucket (0–99): slots in name order take consecutive ranges as wide as their weights,
    /// so a user keeps their slot while the weights hold and moves only when their range changes hands.
    /// </summary>
    public string? SlotFor(int bucket)
    {
        var end = 0;
        foreach (var (slot, weight) in Weights.Where(w => w.Value > 0).OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            end += weight;
            if (bucket < end)
            {
                return slot;
            }
        }

        return null;
    }

    // Replicas run on the cluster's nodes, which the router reaches on the nodes' own (private) network.
    private static bool IsNodeAddress(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && NodeAddress.IsLoopbackOrPrivate(uri);

    [GeneratedRegex("^[a-z0-9-]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex SlotName();
}
