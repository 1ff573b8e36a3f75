using Yarp.ReverseProxy.LoadBalancing;
using Yarp.ReverseProxy.Model;

namespace Qte.Router.Routing;

/// <summary>
/// YARP has no weighted balancing: this policy gives each user a stable bucket (0–99) and the slot whose weight range
/// holds it. When that slot is not available (its health check fails), another slot with weight takes the user.
/// </summary>
public sealed class WeightedStickyPolicy(RouteState routes) : ILoadBalancingPolicy
{
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
        var chosen = availableDestinations.FirstOrDefault(d => d.DestinationId == slot);
        return chosen
            ?? availableDestinations.FirstOrDefault(d => table.Weights.GetValueOrDefault(d.DestinationId) > 0)
            ?? (table.Weights.Count == 0 ? availableDestinations[0] : null);
    }
}
