using System.Diagnostics;
using Qte.Delivery.Environments;
using Qte.Delivery.Routing;
using Qte.Delivery.Slots;

namespace Qte.Delivery.Deployment;

/// <summary>
/// A scale change or a rolling restart of the live slot, in place: the same release on the replicas the cluster runs
/// when its own rolling update is over. Each replica Swarm stops says it is not ready for its stop delay while it
/// still answers, so the router's health check takes it out first; the router then balances over the replicas that
/// run and answer ready. A failed update is Swarm's to roll back; the slot then serves on the replicas it had.
/// </summary>
public sealed class ReplicaUpdate(EnvironmentPaths paths, StateStore store, ISlotRunner runner, RouterProcess router, DeploymentSettings settings, Action<string> log)
{
    public async Task<ReplicaUpdateResult> RunAsync(bool restart)
    {
        using var environmentLock = EnvironmentLock.Acquire(paths.LockFile, settings.Environment);
        var state = store.Load();
        var liveSlot = state.LiveSlot ?? throw new DeliveryException($"Environment '{settings.Environment}' serves nothing: deploy a release first.");
        var routerState = await router.EnsureRunningAsync(state.Router, settings.PublicPort, settings.PublicPortSource, settings.RouterStartTimeout, settings.HealthCheckInterval);
        state = state with { Router = routerState };
        store.Save(state);

        var before = runner.Refresh(state.Live!);
        var clock = Stopwatch.StartNew();
        var wanted = settings.Replicas > 0 ? settings.Replicas.ToString(System.Globalization.CultureInfo.InvariantCulture) : "one per available node";
        log($"{(restart ? "Rolling restart of" : "Scaling")} slot {liveSlot} of '{settings.Environment}' ({before.Runs}) to {wanted} replicas with Swarm's rolling update");
        using var client = router.Client(routerState);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var checks = new ReleaseChecks(http);

        // The router follows the replicas while Swarm replaces them: one that stops leaves the set first (and answers
        // for its stop delay), one that starts joins once it answers ready. A replacement may land on another node.
        async Task RouteToAsync(SlotState now)
        {
            var ready = await checks.WaitReadyAsync(now.Addresses, settings.ReadyTimeout, () => true);
            if (ready.Passed)
            {
                store.Save(store.Load().WithSlot(liveSlot, now));
                await client.PutRoutesAsync(Routes.AllTo(liveSlot, now));
                log($"  the router balances over {now.Runs}");
            }
        }

        var after = await runner.UpdateAsync(before, settings.Replicas, restart, RouteToAsync);
        var final = await checks.WaitReadyAsync(after.Addresses, settings.ReadyTimeout, () => runner.IsRunning(after));
        if (!final.Passed)
        {
            throw new DeliveryException($"After the update of slot {liveSlot} ({after.Runs}), {final.Detail}; the router keeps the replicas it last took.");
        }

        store.Save(store.Load().WithSlot(liveSlot, after));
        await client.PutRoutesAsync(Routes.AllTo(liveSlot, after));
        return new ReplicaUpdateResult(settings.Environment, liveSlot, after.ReleaseId, restart, before.Replicas?.Count ?? 1, after.Replicas?.Count ?? 1, after.Runs, clock.Elapsed.TotalSeconds);
    }
}
