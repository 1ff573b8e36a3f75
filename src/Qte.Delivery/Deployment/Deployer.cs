using System.Diagnostics;
using Qte.Delivery.Canary;
using Qte.Delivery.Environments;
using Qte.Delivery.Releases;
using Qte.Delivery.Routing;
using Qte.Delivery.Slots;

namespace Qte.Delivery.Deployment;

/// <summary>
/// Deploys a release to an environment: the new release starts in the idle slot beside the live one and must be
/// ready; then the environment's strategy (an <see cref="IRolloutStrategy"/>) moves the traffic, and promotes the
/// release or gives the traffic back. Also rolls back on request and takes the environment down.
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

        var state = InterruptedRun.CleanUp(_store.Load(), runner, log);
        var routerState = await router.EnsureRunningAsync(state.Router, settings.PublicPort, settings.PublicPortSource, settings.RouterStartTimeout, settings.HealthCheckInterval);
        state = state with { Router = routerState };
        _store.Save(state);

        var context = new RolloutContext(
            settings, _store, runner, router, router.Client(routerState), log, new RolloutEvents(SwitchStarting, Switched, StepWindowJudged), new SlotPromotion(paths, releases, runner, settings, log));
        try
        {
            var liveSlot = state.LiveSlot;
            var previous = state.Live is { } live ? runner.Refresh(live) : null;
            if (previous is not null)
            {
                // A router that was restarted, or a table edited by hand, is put back on the live release first,
                // on the replicas where the cluster runs it now.
                state = state.WithSlot(liveSlot!, previous);
                _store.Save(state);
                await context.Client.PutRoutesAsync(Routes.AllTo(liveSlot!, previous));
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
            var ready = await rollout.Checks.WaitReadyAsync(slot.Addresses, settings.ReadyTimeout, () => runner.IsRunning(slot));
            // Start-to-ready: a container's start (docker run, and an image build the first time) counts as a process's does.
            ready = ready with
            {
                Detail = $"{ready.Detail}; {startClock.Elapsed.TotalSeconds:0.0} s from the start ({startSeconds:0.0} s to start the {(slot.Service is not null ? "service" : slot.Container is null ? "process" : "container")})",
                Seconds = startClock.Elapsed.TotalSeconds,
            };
            rollout.Results.Add(ready);
            if (!ready.Passed)
            {
                return context.Rollback.Refuse(rollout, ready);
            }

            var strategy = RolloutStrategies.For(settings.Strategy, firstDeploy: previous is null);
            return await strategy.RunAsync(rollout with { Slot = slot with { Status = SlotStatus.Serving } }, context);
        }
        finally
        {
            context.Client.Dispose();
        }
    }

    // The config's release.env, and where the environment keeps its experiments and their events.
    private Dictionary<string, string> SlotEnvironment() => new(settings.ReleaseEnvironment)
    {
        ["QTE_EXPERIMENTS_DIR"] = paths.Experiments,
        ["QTE_EVENTS_DB"] = paths.EventsDatabase,
    };

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

    /// <summary>Scales the live slot to the environment's replicas, or restarts its replicas one at a time, in place (Swarm's rolling update).</summary>
    public Task<ReplicaUpdateResult> UpdateReplicasAsync(bool restart) => new ReplicaUpdate(paths, _store, runner, router, settings, log).RunAsync(restart);

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

    /// <summary>A blue-green switch is about to send the new table, which moves every user to this slot (the delivery benchmark times it).</summary>
    public Action<string>? SwitchStarting { get; init; }

    /// <summary>The router took the table: every new request goes to this slot.</summary>
    public Action<string>? Switched { get; init; }

    /// <summary>Each judged canary step with both slots' samples, as the judge saw them (the canary benchmark replays them).</summary>
    public Action<StepWindow>? StepWindowJudged { get; init; }
}
