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

    public static ClusterConfig Cluster(RoutingTable table, TimeSpan healthInterval) => new()
    {
        ClusterId = ClusterId,
        LoadBalancingPolicy = PolicyName,
        Destinations = table.Slots.ToDictionary(s => s.Key, s => new DestinationConfig { Address = s.Value }),
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
