using Yarp.ReverseProxy;

namespace Qte.Router.Routing;

/// <summary>
/// How many of a slot's destinations (its replicas, or its one address) the proxy can send to now: those whose
/// health checks pass or have not yet run. A canary step that sees this change knows a replica left or came back.
/// </summary>
public sealed class ReplicaHealth(IProxyStateLookup proxy)
{
    public int Available(string slot) =>
        proxy.TryGetCluster(RouteState.ClusterId, out var cluster)
            ? cluster.DestinationsState.AvailableDestinations.Count(d => RouteState.SlotOf(d) == slot)
            : 0;
}
