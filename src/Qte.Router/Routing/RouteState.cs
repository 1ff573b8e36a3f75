using Yarp.ReverseProxy.Configuration;

namespace Qte.Router.Routing;

/// <summary>
/// The routing table in force. A new table is validated, persisted, then swapped in whole: a request sees the old
/// table or the new one, never a mix.
/// </summary>
public sealed class RouteState(RouterSettings settings, InMemoryConfigProvider proxyConfig)
{
    public const string ClusterId = "slots";
    public const string PolicyName = WeightedStickyPolicy.Name;

    private readonly Lock _updateLock = new();
    private volatile RoutingTable _table = RoutingTable.Empty;

    public RoutingTable Table => _table;

    /// <returns>The problems that kept the table out; empty when it is now in force.</returns>
    public IReadOnlyList<string> Update(RoutingTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var problems = table.Validate();
        if (problems.Count > 0)
        {
            return problems;
        }

        lock (_updateLock)
        {
            RoutingTableFile.Save(settings.RoutesFile, table);
            _table = table;
            proxyConfig.Update([Route], [Cluster(table, settings.HealthCheckInterval)]);
        }

        return [];
    }

    public static RouteConfig Route { get; } = new()
    {
        RouteId = "all",
        ClusterId = ClusterId,
        Match = new RouteMatch { Path = "{**catch-all}" },
    };

    /// <summary>The metadata key that names a destination's slot: a slot with replicas has one destination per replica.</summary>
    public const string SlotKey = "slot";

    /// <summary>The slot a destination serves (its metadata; the destination's id for a table saved before replicas).</summary>
    public static string SlotOf(Yarp.ReverseProxy.Model.DestinationState destination) =>
        destination?.Model.Config.Metadata?.GetValueOrDefault(SlotKey) ?? destination?.DestinationId ?? string.Empty;

    private static Dictionary<string, DestinationConfig> Destinations(RoutingTable table)
    {
        var destinations = new Dictionary<string, DestinationConfig>(StringComparer.Ordinal);
        foreach (var slot in table.Slots.Keys)
        {
            var addresses = table.AddressesOf(slot);
            for (var i = 0; i < addresses.Count; i++)
            {
                var id = addresses.Count == 1 ? slot : $"{slot}/{i}";
                destinations[id] = new DestinationConfig { Address = addresses[i], Metadata = new Dictionary<string, string> { [SlotKey] = slot } };
            }
        }

        return destinations;
    }

    public static ClusterConfig Cluster(RoutingTable table, TimeSpan healthInterval) => new()
    {
        ClusterId = ClusterId,
        LoadBalancingPolicy = PolicyName,
        Destinations = Destinations(table),
        // A slot with replicas has others to take a failed replica's users: one failed check takes it out, so a
        // node that dies costs at most one health-check interval. A lone slot keeps YARP's two, against blips.
        Metadata = table.Replicas is { Count: > 0 } ? new Dictionary<string, string> { ["ConsecutiveFailuresHealthPolicy.Threshold"] = "1" } : null,
        HealthCheck = new HealthCheckConfig
        {
            Active = new ActiveHealthCheckConfig
            {
                Enabled = true,
                Interval = healthInterval,
                Timeout = TimeSpan.FromSeconds(2),
                Policy = "ConsecutiveFailures",
                Path = "/health/ready",
            },
        },
    };
}
