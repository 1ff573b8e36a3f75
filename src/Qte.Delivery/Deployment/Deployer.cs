using System.Diagnostics;
using Newtonsoft.Json.Linq;
using Qte.Delivery.Environments;
using Qte.Delivery.Releases;
using Qte.Delivery.Routing;
using Qte.Delivery.Slots;

namespace Qte.Delivery.Deployment;

/// <summary>
/// Deploys a release to an environment: the new release starts in the idle slot beside the live one, must be ready,
/// takes the traffic, must pass the smoke test and the health watch; then the old slot is drained and stopped.
/// A failed check before the switch leaves the live release alone; a failed check after it gives the traffic back
/// to the previous release at once (an automatic rollback), timed from the failed check to the previous release
/// serving again.
/// </summary>
public sealed class Deployer(
    EnvironmentPaths paths,
    ReleaseStore releases,
    ISlotRunner runner,
    RouterProcess router,
    DeploymentSettings settings,
    Action<string> log)
{
    public static readonly string[] SlotNames = ["blue", "green"];

    private readonly StateStore _store = new(paths);

    public string PublicUrl => $"http://127.0.0.1:{settings.PublicPort}";

    public async Task<DeploymentResult> DeployAsync(Release release, string kind = "deploy")
    {
        ArgumentNullException.ThrowIfNull(release);
        using var environmentLock = EnvironmentLock.Acquire(paths.LockFile, settings.Environment);
        if (environmentLock.RecoveredStale)
        {
            log($"Environment '{settings.Environment}': took over a lock left by a pipeline that no longer runs.");
        }

        var state = CleanUpInterruptedRun(_store.Load());
        var routerState = await router.EnsureRunningAsync(state.Router, settings.PublicPort, settings.PublicPortSource, settings.RouterStartTimeout, settings.HealthCheckInterval);
        state = state with { Router = routerState };
        _store.Save(state);

        using var client = router.Client(routerState);
        var liveSlot = state.LiveSlot;
        var previous = state.Live;
        if (previous is not null)
        {
            // A router that was restarted, or a table edited by hand, is put back on the live release first.
            await client.PutRoutesAsync(Routes.AllTo(liveSlot!, previous.Address));
        }

        var target = SlotNames.First(s => s != liveSlot);
        var record = new DeploymentRecord(release.Id, release.Manifest.Version, kind, DateTimeOffset.UtcNow, null, DeploymentOutcome.InProgress);
        var slot = runner.Start(release, target, Processes.LoopbackPort.Free(), settings.ReleaseEnvironment, paths.Logs);
        state = state.WithSlot(target, slot).WithRecord(record);
        _store.Save(state);
        log($"Started release {release.Id} in slot {target} on {slot.Address} (pid {slot.Pid}); {(previous is null ? "nothing serves yet" : $"{previous.ReleaseId} serves from slot {liveSlot}")}");

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var checks = new ReleaseChecks(http);
        var results = new List<CheckResult>();
        var ready = await checks.WaitReadyAsync(slot.Address, settings.ReadyTimeout, () => runner.IsRunning(slot));
        results.Add(ready);
        if (!ready.Passed)
        {
            runner.Stop(slot, TimeSpan.Zero);
            state = state.WithSlot(target, null).WithRecord(record with { Finished = DateTimeOffset.UtcNow, Outcome = DeploymentOutcome.Failed, Reason = $"readiness: {ready.Detail}" });
            _store.Save(state);
            return Result(release, target, DeploymentOutcome.Failed, previous, ready, null, results);
        }

        slot = slot with { Status = SlotStatus.Serving };
        var others = previous is null ? null : new Dictionary<string, string> { [liveSlot!] = previous.Address };
        await client.PutRoutesAsync(Routes.AllTo(target, slot.Address, others));
        state = state.WithSlot(target, slot);
        _store.Save(state);
        log($"Slot {target} takes all traffic on {PublicUrl}");

        var smoke = await checks.SmokeTestAsync(PublicUrl, release);
        results.Add(smoke);
        var failed = smoke.Passed ? null : smoke;
        if (failed is null)
        {
            var watched = await checks.WatchHealthAsync(PublicUrl, settings.WatchDuration, settings.WatchInterval, settings.MaxErrorRate);
            results.Add(watched);
            failed = watched.Passed ? null : watched;
        }

        if (failed is not null)
        {
            return await RollBackAsync(release, target, slot, liveSlot, previous, record, failed, client, http, results);
        }

        if (previous is not null)
        {
            runner.Stop(previous, settings.Drain);
            state = state.WithSlot(liveSlot!, null);
        }

        state = (state with { LiveSlot = target }).WithRecord(record with { Finished = DateTimeOffset.UtcNow, Outcome = DeploymentOutcome.Succeeded });
        _store.Save(state);
        PruneReleases();
        return Result(release, target, DeploymentOutcome.Succeeded, previous, null, null, results);
    }

    /// <summary>Deploys the release before the live one (or <paramref name="releaseId"/>) again, through the same checks.</summary>
    public Task<DeploymentResult> RollbackAsync(string? releaseId)
    {
        var state = _store.Load();
        var current = state.Live?.ReleaseId;
        var id = releaseId
            ?? state.History.LastOrDefault(h => h.Outcome == DeploymentOutcome.Succeeded && h.ReleaseId != current)?.ReleaseId
            ?? throw new DeliveryException($"Environment '{settings.Environment}' has no earlier good release to roll back to; its history holds none but {current ?? "nothing"}.");
        if (id == current)
        {
            throw new DeliveryException($"--to-release: release {id} already serves in environment '{settings.Environment}'.");
        }

        log($"Rolling back environment '{settings.Environment}' from {current ?? "nothing"} to {id}");
        return DeployAsync(releases.Open(id), "rollback");
    }

    /// <summary>Stops the environment's slots and router; the history is kept.</summary>
    public void Down()
    {
        using var environmentLock = EnvironmentLock.Acquire(paths.LockFile, settings.Environment);
        var state = _store.Load();
        foreach (var slot in state.Slots.Values)
        {
            // One slot that cannot be stopped must not keep the others (or the router) running.
            try
            {
                runner.Stop(slot, settings.Drain);
            }
            catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
            {
                log($"Slot with pid {slot.Pid} could not be stopped: {ex.Message}");
            }
        }

        if (state.Router is { } running)
        {
            Processes.ProcessControl.Stop(running.Pid, TimeSpan.FromSeconds(5), RouterProcess.Marker);
        }

        _store.Save(state with { Router = null, Slots = new Dictionary<string, SlotState>(), LiveSlot = null });
        log($"Environment '{settings.Environment}' is down: router and {state.Slots.Count} slot(s) stopped.");
    }

    private async Task<DeploymentResult> RollBackAsync(
        Release release, string target, SlotState slot, string? liveSlot, SlotState? previous, DeploymentRecord record,
        CheckResult failed, RouterClient client, HttpClient http, List<CheckResult> results)
    {
        var clock = Stopwatch.StartNew();
        double? restore = null;
        if (previous is not null)
        {
            await client.PutRoutesAsync(Routes.AllTo(liveSlot!, previous.Address, new Dictionary<string, string> { [target] = slot.Address }));
            restore = await ConfirmServingAsync(http, previous.ReleaseId, clock);
            await client.PutRoutesAsync(Routes.AllTo(liveSlot!, previous.Address));
            log($"Rolled back: {previous.ReleaseId} serves again, {restore:0.000} s after the failed {failed.Name}");
        }
        else
        {
            await client.PutRoutesAsync(new Routes(new Dictionary<string, string>(), new Dictionary<string, int>()));
            log("Rolled back: there was no previous release; the environment serves nothing.");
        }

        runner.Stop(slot, settings.Drain);
        var state = _store.Load().WithSlot(target, null).WithRecord(record with
        {
            Finished = DateTimeOffset.UtcNow,
            Outcome = DeploymentOutcome.RolledBack,
            Reason = $"{failed.Name}: {failed.Detail}",
            RestoreSeconds = restore,
        });
        _store.Save(state);
        return Result(release, target, DeploymentOutcome.RolledBack, previous, failed, restore, results);
    }

    // The time to restore service: until a request through the router is answered by the previous release.
    private async Task<double?> ConfirmServingAsync(HttpClient http, string releaseId, Stopwatch clock)
    {
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"{PublicUrl}/version");
                request.Headers.Add("X-User-Id", ReleaseChecks.SmokeUser);
                using var response = await http.SendAsync(request);
                if (response.IsSuccessStatusCode && (string?)JObject.Parse(await response.Content.ReadAsStringAsync())["releaseId"] == releaseId)
                {
                    return clock.Elapsed.TotalSeconds;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or Newtonsoft.Json.JsonException)
            {
                // Not yet; try again.
            }

            await Task.Delay(5);
        }

        return null;
    }

    // A pipeline killed mid-deploy leaves a slot that never became live: stop it. Slots whose process died are dropped.
    private EnvironmentState CleanUpInterruptedRun(EnvironmentState state)
    {
        foreach (var (name, slot) in state.Slots)
        {
            if (name != state.LiveSlot || !runner.IsRunning(slot))
            {
                runner.Stop(slot, TimeSpan.Zero);
                state = state.WithSlot(name, null);
                log(name == state.LiveSlot
                    ? $"Slot {name} (release {slot.ReleaseId}) is no longer running; it is dropped."
                    : $"Slot {name} (release {slot.ReleaseId}) was left by an interrupted run; it is stopped.");
            }
        }

        if (state.LiveSlot is { } live && !state.Slots.ContainsKey(live))
        {
            state = state with { LiveSlot = null };
        }

        return state with
        {
            History = state.History.Select(h => h.Outcome == DeploymentOutcome.InProgress
                ? h with { Outcome = DeploymentOutcome.Failed, Finished = DateTimeOffset.UtcNow, Reason = "the pipeline was interrupted" }
                : h).ToList(),
        };
    }

    // Releases are shared by all environments: keep those any environment runs or may roll back to.
    private void PruneReleases()
    {
        var keep = new HashSet<string>(StringComparer.Ordinal);
        foreach (var directory in Directory.EnumerateDirectories(paths.Root))
        {
            var state = new StateStore(paths with { Name = Path.GetFileName(directory) }).Load();
            keep.UnionWith(state.Slots.Values.Select(s => s.ReleaseId));
            keep.UnionWith(state.History.Where(h => h.Outcome == DeploymentOutcome.Succeeded).Select(h => h.ReleaseId).Distinct().TakeLast(settings.Retention));
        }

        foreach (var removed in releases.Prune(keep, TimeSpan.FromHours(1)))
        {
            log($"Release {removed} pruned (retention {settings.Retention} per environment).");
        }
    }

    private DeploymentResult Result(
        Release release, string slot, DeploymentOutcome outcome, SlotState? previous, CheckResult? failed, double? restore, IReadOnlyList<CheckResult> checks) =>
        new(settings.Environment, release.Id, release.Manifest.Version, slot, outcome, PublicUrl, previous?.ReleaseId,
            failed is null ? null : $"{failed.Name}: {failed.Detail}", restore, checks);
}
