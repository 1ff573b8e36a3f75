using System.Diagnostics;
using Newtonsoft.Json.Linq;
using Qte.Delivery.Canary;
using Qte.Delivery.Environments;
using Qte.Delivery.Releases;
using Qte.Delivery.Routing;
using Qte.Delivery.Slots;

namespace Qte.Delivery.Deployment;

/// <summary>
/// Deploys a release to an environment: the new release starts in the idle slot beside the live one and must be
/// ready; then the environment's strategy moves the traffic (recreate here, blue-green and canary in their own files).
/// A failed check before the switch leaves the live release alone; a failed check after it gives the traffic back
/// to the previous release at once (an automatic rollback), timed from the failed check to the previous release
/// serving again.
/// </summary>
public sealed partial class Deployer(
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

    /// <summary>The effective config's identity (a hash), recorded with each deployment: a release that already serves under it is not deployed again.</summary>
    public string? ConfigIdentity { get; init; }

    /// <summary>Deploy even a release that already serves under the same config (--redeploy).</summary>
    public bool Redeploy { get; init; }

    /// <summary>
    /// Deploys the release with the environment's strategy. On an environment that serves nothing the first deploy is
    /// plain; a canary environment set to "baseline" then runs the release as a canary against that first deploy.
    /// </summary>
    public async Task<DeploymentResult> DeployAsync(Release release, string kind = "deploy")
    {
        ArgumentNullException.ThrowIfNull(release);
        if (!Redeploy && ConfigIdentity is not null)
        {
            var (unchanged, why) = await new UnchangedRelease(releases, runner, router).CheckAsync(_store.Load(), release, ConfigIdentity, PublicUrl);
            if (unchanged)
            {
                log($"Nothing to deploy to {settings.Environment}: {why} (--redeploy deploys it again).");
                var live = _store.Load();
                return new DeploymentResult(
                    settings.Environment, live.Live!.ReleaseId, live.Live.Version, live.LiveSlot!, DeploymentOutcome.Unchanged, PublicUrl,
                    live.Live.ReleaseId, null, null, [new CheckResult("unchanged", true, why, 0)], settings.Strategy);
            }

            log($"Deploying release {release.Id} to {settings.Environment}: {why}.");
        }

        var result = await DeployOnceAsync(release, kind, baseline: false);
        if (result is { Outcome: DeploymentOutcome.Succeeded, PreviousReleaseId: null }
            && settings.Strategy == DeploymentStrategy.Canary && settings.Canary.BaselineOnEmpty)
        {
            log($"First deploy to an empty environment: release {release.Id} is the baseline; now it runs as the canary against it.");
            var canary = await DeployOnceAsync(release, kind + ", canary against the baseline", baseline: true);
            return canary with { Checks = [.. result.Checks, .. canary.Checks] };
        }

        return result;
    }

    private async Task<DeploymentResult> DeployOnceAsync(Release release, string kind, bool baseline)
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

        var client = router.Client(routerState);
        try
        {
            var liveSlot = state.LiveSlot;
            var previous = state.Live;
            if (previous is not null)
            {
                // A router that was restarted, or a table edited by hand, is put back on the live release first.
                await client.PutRoutesAsync(Routes.AllTo(liveSlot!, previous.Address));
            }

            var target = SlotNames.First(s => s != liveSlot);
            var record = new DeploymentRecord(release.Id, release.Manifest.Version, kind, DateTimeOffset.UtcNow, null, DeploymentOutcome.InProgress, Config: ConfigIdentity);
            var startClock = Stopwatch.StartNew();
            var slot = runner.Start(release, target, Processes.LoopbackPort.Free(), SlotEnvironment(), paths.Logs);
            var startSeconds = startClock.Elapsed.TotalSeconds;
            state = state.WithSlot(target, slot).WithRecord(record);
            _store.Save(state);
            log($"Started release {release.Id} in slot {target} on {slot.Address} ({slot.Runs}); {(previous is null ? "nothing serves yet" : $"{previous.ReleaseId} serves from slot {liveSlot}")}");

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            var rollout = new Rollout(release, target, slot, liveSlot, previous, record, http, new ReleaseChecks(http), [], baseline);
            var ready = await rollout.Checks.WaitReadyAsync(slot.Address, settings.ReadyTimeout, () => runner.IsRunning(slot));
            // Start-to-ready: a container's start (docker run, and an image build the first time) counts as a process's does.
            ready = ready with
            {
                Detail = $"{ready.Detail}; {startClock.Elapsed.TotalSeconds:0.0} s from the start ({startSeconds:0.0} s to start the {(slot.Container is null ? "process" : "container")})",
                Seconds = startClock.Elapsed.TotalSeconds,
            };
            rollout.Results.Add(ready);
            if (!ready.Passed)
            {
                return Refuse(rollout, ready);
            }

            rollout = rollout with { Slot = slot with { Status = SlotStatus.Serving } };
            return (previous is null ? DeploymentStrategy.Recreate : settings.Strategy) switch
            {
                DeploymentStrategy.BlueGreen => await BlueGreenAsync(rollout, client),
                DeploymentStrategy.Canary => await CanaryAsync(rollout, client),
                _ => await SwitchAndWatchAsync(rollout, client),
            };
        }
        finally
        {
            client.Dispose();
        }
    }

    // The config's release.env, and where the environment keeps its experiments and their events.
    private Dictionary<string, string> SlotEnvironment() => new(settings.ReleaseEnvironment)
    {
        ["QTE_EXPERIMENTS_DIR"] = paths.Experiments,
        ["QTE_EVENTS_DB"] = paths.EventsDatabase,
    };

    // Recreate, and every first deploy: all traffic to the new slot, then the smoke test and the health watch through the router.
    private async Task<DeploymentResult> SwitchAndWatchAsync(Rollout rollout, RouterClient client)
    {
        var (target, slot) = (rollout.Target, rollout.Slot);
        var others = rollout.Previous is null ? null : new Dictionary<string, string> { [rollout.LiveSlot!] = rollout.Previous.Address };
        await client.PutRoutesAsync(Routes.AllTo(target, slot.Address, others));
        _store.Save(_store.Load().WithSlot(target, slot));
        log($"Slot {target} takes all traffic on {PublicUrl}");

        var smoke = await rollout.Checks.SmokeTestAsync(PublicUrl, rollout.Release);
        rollout.Results.Add(smoke);
        var failed = smoke.Passed ? null : smoke;
        if (failed is null)
        {
            var watched = await rollout.Checks.WatchHealthAsync(PublicUrl, settings.WatchDuration, settings.WatchInterval, settings.MaxErrorRate);
            rollout.Results.Add(watched);
            failed = watched.Passed ? null : watched;
        }

        return failed is null
            ? Promote(rollout, settings.Drain)
            : await RollBackAsync(rollout, failed, client);
    }

    // A check failed before the release took any traffic: it is stopped, and what served before still serves.
    private DeploymentResult Refuse(Rollout rollout, CheckResult failed)
    {
        runner.Stop(rollout.Slot, TimeSpan.Zero);
        _store.Save(_store.Load().WithSlot(rollout.Target, null).WithRecord(rollout.Record with
        {
            Finished = DateTimeOffset.UtcNow,
            Outcome = DeploymentOutcome.Failed,
            Reason = $"{failed.Name}: {failed.Detail}",
        }));
        return Result(rollout, DeploymentOutcome.Failed, failed, null);
    }

    // The new slot becomes the live one; the previous one is stopped after the drain.
    private DeploymentResult Promote(Rollout rollout, TimeSpan drain, CanaryReport? canary = null)
    {
        var state = _store.Load().WithSlot(rollout.Target, rollout.Slot);
        if (rollout.Previous is not null)
        {
            runner.Stop(rollout.Previous, drain);
            state = state.WithSlot(rollout.LiveSlot!, null);
        }

        _store.Save((state with { LiveSlot = rollout.Target }).WithRecord(rollout.Record with { Finished = DateTimeOffset.UtcNow, Outcome = DeploymentOutcome.Succeeded }));
        PruneReleases();
        return Result(rollout, DeploymentOutcome.Succeeded, null, null, canary);
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
            catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException or IOException or DeliveryException)
            {
                log($"Slot ({slot.Runs}) could not be stopped: {ex.Message}");
            }
        }

        if (state.Router is { } running)
        {
            Processes.ProcessControl.Stop(running.Pid, TimeSpan.FromSeconds(5), RouterProcess.Marker);
        }

        _store.Save(state with { Router = null, Slots = new Dictionary<string, SlotState>(), LiveSlot = null });
        log($"Environment '{settings.Environment}' is down: router and {state.Slots.Count} slot(s) stopped.");
    }

    private async Task<DeploymentResult> RollBackAsync(Rollout rollout, CheckResult failed, RouterClient client, CanaryReport? canary = null)
    {
        var (target, slot, liveSlot, previous) = (rollout.Target, rollout.Slot, rollout.LiveSlot, rollout.Previous);
        var clock = Stopwatch.StartNew();
        double? restore = null;
        if (previous is not null)
        {
            await client.PutRoutesAsync(Routes.AllTo(liveSlot!, previous.Address, new Dictionary<string, string> { [target] = slot.Address }));
            restore = await ConfirmServingAsync(rollout.Http, previous.ReleaseId, clock);
            await client.PutRoutesAsync(Routes.AllTo(liveSlot!, previous.Address));
            log($"Rolled back: {previous.ReleaseId} serves again, {restore:0.000} s after the failed {failed.Name}");
        }
        else
        {
            await client.PutRoutesAsync(new Routes(new Dictionary<string, string>(), new Dictionary<string, int>()));
            log("Rolled back: there was no previous release; the environment serves nothing.");
        }

        runner.Stop(slot, settings.Drain);
        var state = _store.Load().WithSlot(target, null).WithRecord(rollout.Record with
        {
            Finished = DateTimeOffset.UtcNow,
            Outcome = DeploymentOutcome.RolledBack,
            Reason = $"{failed.Name}: {failed.Detail}",
            RestoreSeconds = restore,
        });
        _store.Save(state);
        return Result(rollout, DeploymentOutcome.RolledBack, failed, restore, canary);
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

    private DeploymentResult Result(Rollout rollout, DeploymentOutcome outcome, CheckResult? failed, double? restore, CanaryReport? canary = null) =>
        new(settings.Environment, rollout.Release.Id, rollout.Release.Manifest.Version, rollout.Target, outcome, PublicUrl, rollout.Previous?.ReleaseId,
            failed is null ? null : $"{failed.Name}: {failed.Detail}", restore, rollout.Results, settings.Strategy, canary);

    /// <summary>One deployment under way: the release, the slot it runs in, what served before, the checks so far.</summary>
    private sealed record Rollout(
        Release Release, string Target, SlotState Slot, string? LiveSlot, SlotState? Previous, DeploymentRecord Record,
        HttpClient Http, ReleaseChecks Checks, List<CheckResult> Results, bool Baseline);
}
