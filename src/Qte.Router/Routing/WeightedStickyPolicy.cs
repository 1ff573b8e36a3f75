using Yarp.ReverseProxy.LoadBalancing;
using Yarp.ReverseProxy.Model;

namespace Qte.Router.Routing;

/// <summary>
/// YARP has no weighted balancing: this policy gives each user a stable bucket (0–99) and the slot whose weight range
/// holds it. A slot with replicas on several nodes spreads its users over its available replicas in turn. When no
/// destination of that slot is available (their health checks fail), another slot with weight takes the user.
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

        var table = routes.Table;
        var slot = table.SlotFor(UserKey.Bucket(context));
        var replicas = availableDestinations.Where(d => RouteState.SlotOf(d) == slot).ToList();
        if (replicas.Count > 0)
        {
            return replicas.Count == 1 ? replicas[0] : replicas[(int)((ulong)Interlocked.Increment(ref _turn) % (ulong)replicas.Count)];
        }

        return availableDestinations.FirstOrDefault(d => table.Weights.GetValueOrDefault(RouteState.SlotOf(d)) > 0)
            ?? (table.Weights.Count == 0 ? availableDestinations[0] : null);
    }
}
