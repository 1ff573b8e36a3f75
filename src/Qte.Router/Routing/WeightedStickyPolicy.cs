using Yarp.ReverseProxy.LoadBalancing;
using Yarp.ReverseProxy.Model;

namespace Qte.Router.Routing;

/// <summary>
/// YARP has no weighted balancing: this policy gives each user a stable bucket (0–99) and the slot whose weight range
/// holds it. A slot with replicas on several nodes spreads its users over its available replicas in turn. When no
/// destination of that slot is available (their health checks fail), another slot with weight takes the user, and
/// when none is, any destination the proxy can send to: an answer from the slot kept for the way back beats none.
/// </summary>
public sealed class WeightedStickyPolicy(RouteState routes) : ILoadBalancingPolicy
{
    private long _turn;

    public const string Name = "QteWeightedSticky";

    string ILoadBalancingPolicy.Name => Name;

    public DestinationState? PickDestination(HttpContext context, ClusterState cluster, IReadOnlyList<DestinationState> availableDestinations)
    {
        if (availableDestinations.Count == 0)
        {
            return null;
        }

        // The table and the destinations change apart: the proxy applies a new table's destinations after the table
        // is in force, so a request may hold the old table's destinations while it reads the new table. The last
        // fallback keeps such a request on the old table's slots instead of answering 503 (a blue-green switch to a
        // slot with replicas did, one request in a few thousand).
        var table = routes.Table;
        var slot = table.SlotFor(UserKey.Bucket(context));
        IReadOnlyList<DestinationState> candidates = [.. availableDestinations.Where(d => RouteState.SlotOf(d) == slot)];
        if (candidates.Count == 0)
        {
            candidates = [.. availableDestinations.Where(d => table.Weights.GetValueOrDefault(RouteState.SlotOf(d)) > 0)];
        }

        if (candidates.Count == 0)
        {
            candidates = availableDestinations;
        }

        return candidates.Count == 1 ? candidates[0] : candidates[(int)((ulong)Interlocked.Increment(ref _turn) % (ulong)candidates.Count)];
    }
}
