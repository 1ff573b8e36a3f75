using System.Diagnostics;
using System.Globalization;
using Qte.Delivery.Environments;
using Qte.Delivery.Releases;

namespace Qte.Delivery.Slots;

/// <summary>
/// A slot as a Docker Swarm service, qte-&lt;environment&gt;-&lt;slot&gt;: the release's image from a registry every node
/// reaches, on each node's host network at the slot's port, at most one replica per node. The router balances the
/// slot's share across the replicas' addresses, so the strategies and checks treat it as any other slot.
/// </summary>
/// <param name="imageOf">The registry reference of a release's image (the build builds and pushes it when missing).</param>
/// <param name="replicas">How many replicas a slot runs; 0 means one per available node.</param>
/// <param name="stopGracePeriod">How long Swarm lets a replica drain when the service is removed (the environment's drain).</param>
/// <param name="stopDelay">
/// How long a replica Swarm stops on its own (a rolling update, a scale-down) keeps answering while it says it is not
/// ready: long enough for the router's health check to take it out first (QTE_STOP_DELAY_MS).
/// </param>
public sealed class SwarmSlotRunner(
    ISwarmEngine engine, Func<Release, string> imageOf, string environmentName, IReadOnlyList<string> sharedFolders, int replicas, TimeSpan stopGracePeriod, TimeSpan startTimeout, TimeSpan stopDelay) : ISlotRunner
{
    /// <summary>How long the nodes may take to pull a new release's layers and start its containers, beyond the ready timeout.</summary>
    /// <remarks>
    /// Swarm places the replicas, each node pulls the release's layer and (with the vfs driver) copies the whole image
    /// for each container. On the local cluster under 250 requests/s that took 26 to 71 s, once more than 70; Argo
    /// Rollouts and Kubernetes give a rollout 600 s (progressDeadlineSeconds) by default.
    /// </remarks>
    public static readonly TimeSpan PullAllowance = TimeSpan.FromSeconds(110);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// A replica's stop delay: two of the router's health-check intervals and a quarter of a second, so a check runs
    /// after the replica said it is not ready and has time to answer; at most half the drain (the grace period Swarm
    /// gives before it kills) and the service's 5 s.
    /// </summary>
    public static TimeSpan StopDelayFor(TimeSpan healthCheckInterval, TimeSpan drain) =>
        TimeSpan.FromTicks(Math.Min(Math.Min((2 * healthCheckInterval + TimeSpan.FromMilliseconds(250)).Ticks, (drain / 2).Ticks), TimeSpan.FromSeconds(5).Ticks));

    public SlotState Start(Release release, string slot, int port, IReadOnlyDictionary<string, string> environment, string logDirectory)
    {
        ArgumentNullException.ThrowIfNull(release);
        var image = imageOf(release);
        var name = $"qte-{environmentName}-{slot}";
        var wanted = replicas > 0 ? replicas : engine.AvailableNodes();
        var variables = SlotVariables.For(release, slot, port, environment);

        // Each replica listens on its node's addresses: the router reaches it from the manager's node.
        variables["ASPNETCORE_URLS"] = $"http://0.0.0.0:{port.ToString(CultureInfo.InvariantCulture)}";
        variables["QTE_STOP_DELAY_MS"] = ((int)stopDelay.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        foreach (var folder in sharedFolders)
        {
            ContainerSlotRunner.OpenToContainerUser(folder);
        }

        var labels = new Dictionary<string, string>
        {
            ["qte.environment"] = environmentName,
            ["qte.slot"] = slot,
            ["qte.release"] = release.Id,
            ["qte.version"] = release.Manifest.Version,
        };
        engine.CreateService(new ServiceSpec(image, name, variables, sharedFolders, labels, wanted, stopGracePeriod));
        var clock = Stopwatch.StartNew();
        var running = engine.RunningReplicas(name, port);
        while (running.Count < wanted && clock.Elapsed < startTimeout)
        {
            Thread.Sleep(Poll);
            running = engine.RunningReplicas(name, port);
        }

        if (running.Count < wanted)
        {
            var why = engine.TaskErrors(name);
            engine.RemoveService(name);
            throw new DeliveryException(
                $"Service {name} ({image}) ran {running.Count} of {wanted} replicas after {startTimeout.TotalSeconds:0} s" +
                $"{(why is null ? string.Empty : $": {why}")}; `docker service ps --no-trunc {name}` says more.");
        }

        return new SlotState(release.Id, release.Manifest.Version, port, running[0].Pid, SlotStatus.Starting, DateTimeOffset.UtcNow, Service: name, Replicas: running);
    }

    public bool IsRunning(SlotState slot) => slot?.Service is { } name && engine.RunningReplicas(name, slot.Port).Count > 0;

    /// <summary>The replicas where Swarm runs them now (it moves them off a drained or lost node); unchanged when none runs.</summary>
    public SlotState Refresh(SlotState slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        var running = slot.Service is { } name ? engine.RunningReplicas(name, slot.Port) : [];
        return running.Count == 0 ? slot : slot with { Pid = running[0].Pid, Replicas = running };
    }

    /// <summary>
    /// Swarm's rolling update of the slot's service: the replica count, and with <paramref name="restart"/> each replica
    /// replaced in turn, judged by its health check over Swarm's monitor window and rolled back by Swarm on failure.
    /// Follows the running replicas meanwhile (Swarm counts one running once its health check passed, and stops one
    /// by taking it out of that set first) and waits until they are the wanted number, and a restart's update completed.
    /// Each replacement may take the start limit.
    /// </summary>
    public async Task<SlotState> UpdateAsync(SlotState slot, int replicas, bool restart, Func<SlotState, Task> replicasChanged)
    {
        ArgumentNullException.ThrowIfNull(slot);
        ArgumentNullException.ThrowIfNull(replicasChanged);
        var name = slot.Service ?? throw new ArgumentException("The slot runs no service.", nameof(slot));
        var wanted = replicas > 0 ? replicas : engine.AvailableNodes();
        engine.UpdateService(new ServiceUpdate(name, wanted, restart));
        var limit = restart ? startTimeout * wanted : startTimeout;
        var clock = Stopwatch.StartNew();
        var seen = slot.Addresses;
        while (true)
        {
            // Swarm resets the status when the spec changes, so a status read here is this update's.
            var status = restart ? engine.UpdateStatus(name) : null;
            if (status is { Failed: true })
            {
                throw new DeliveryException($"Swarm's rolling update of {name} ended {status.State}: {status.Message}; `docker service ps {name}` says more.");
            }

            var running = engine.RunningReplicas(name, slot.Port);
            var now = running.Count == 0 ? slot : slot with { Pid = running[0].Pid, Replicas = running };
            if (running.Count > 0 && !now.Addresses.SequenceEqual(seen))
            {
                seen = now.Addresses;
                await replicasChanged(now);
            }

            if (running.Count == wanted && (!restart || status is { State: "completed" }))
            {
                return now;
            }

            if (clock.Elapsed > limit)
            {
                throw new DeliveryException(
                    $"Service {name} ran {running.Count} of {wanted} replicas{(restart ? $" and Swarm's update was {status?.State ?? "not started"}" : string.Empty)} after {limit.TotalSeconds:0} s; `docker service ps {name}` says more.");
            }

            await Task.Delay(Poll);
        }
    }

    public void Stop(SlotState slot, TimeSpan drain)
    {
        ArgumentNullException.ThrowIfNull(slot);
        engine.RemoveService(slot.Service ?? throw new ArgumentException("The slot runs no service.", nameof(slot)));
    }
}
