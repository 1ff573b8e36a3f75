using Qte.Delivery.Environments;
using Qte.Delivery.Releases;

namespace Qte.Delivery.Slots;

/// <summary>
/// How a slot runs a release: here as a local process; a container runner can take its place without the
/// deployment logic knowing.
/// </summary>
public interface ISlotRunner
{
    SlotState Start(Release release, string slot, int port, IReadOnlyDictionary<string, string> environment, string logDirectory);

    bool IsRunning(SlotState slot);

    /// <summary>Stops the slot after letting requests in flight finish (up to <paramref name="drain"/>).</summary>
    void Stop(SlotState slot, TimeSpan drain);

    /// <summary>
    /// The slot as it runs now: a slot whose replicas a cluster moved (a node drained or lost) lists where they are;
    /// a process or container slot does not move.
    /// </summary>
    SlotState Refresh(SlotState slot) => slot;

    /// <summary>
    /// Runs the slot on <paramref name="replicas"/> replicas (0: one per available node), replacing each in turn when
    /// <paramref name="restart"/>, with the cluster's own rolling update; hands each new set of running replicas to
    /// <paramref name="replicasChanged"/> as it appears (a replacement may land on another node) and returns the slot as
    /// it runs at the end. Only a cluster's slot has replicas to change.
    /// </summary>
    Task<SlotState> UpdateAsync(SlotState slot, int replicas, bool restart, Func<SlotState, Task> replicasChanged) =>
        throw new DeliveryException($"The live slot runs as {slot?.Runs}: only a Swarm service's slot can be scaled or restarted in place (deploy it with --deploy-target=swarm).");
}
