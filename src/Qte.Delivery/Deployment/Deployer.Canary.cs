using System.Diagnostics;
using Qte.Delivery.Canary;
using Qte.Delivery.Environments;
using Qte.Delivery.Routing;
using Qte.Delivery.Traffic;

namespace Qte.Delivery.Deployment;

/// <summary>
/// Canary: the new release takes a growing share of users, step by step; each step's window is judged against the
/// stable slot over the same time from the router's samples, at the looks of a <see cref="LookPlan"/> (at 100 %, where
/// the stable slot has no users, against the stable's window of the step before). A failed (or, past its limit,
/// inconclusive) step aborts: the canary's weight goes to 0 at once, then it is stopped. After the last step the canary
/// becomes the stable.
/// </summary>
public sealed partial class Deployer
{
    private const int WarmUpRequests = 100;

    private async Task<DeploymentResult> CanaryAsync(Rollout rollout, RouterClient client)
    {
        var (target, slot, stableSlot, stable) = (rollout.Target, rollout.Slot, rollout.LiveSlot!, rollout.Previous!);
        var preview = await rollout.Checks.SmokeTestAsync(slot.Address, rollout.Release, "pre-promotion smoke test");
        rollout.Results.Add(preview);
        if (!preview.Passed)
        {
            return Refuse(rollout, preview);
        }

        await rollout.Checks.WarmUpAsync(slot.Address, WarmUpRequests);
        _store.Save(_store.Load().WithSlot(target, slot));
        var link = new RouterLink(client);
        var traffic = settings.Traffic.Enabled ? TrafficGenerator.Start(PublicUrl, settings.Traffic) : null;
        var canaryClock = Stopwatch.StartNew();
        var steps = new List<CanaryStepReport>();
        var (canaryRequests, totalRequests) = (0L, 0L);
        long? firstCanaryAt = null;
        IReadOnlyList<SlotSample> lastStable = [];
        try
        {
            foreach (var (weight, index) in settings.Canary.Steps.Select((w, i) => (w, i)))
            {
                var routes = weight == 100
                    ? Routes.AllTo(target, slot.Address, new Dictionary<string, string> { [stableSlot] = stable.Address })
                    : Routes.Split(stableSlot, stable.Address, target, slot.Address, weight);
                await link.Client.PutRoutesAsync(routes);
                log($"Canary step {index + 1} of {settings.Canary.Steps.Count}: {weight} % of users to slot {target}");

                var window = await WatchStepAsync(link, routes, index + 1, weight, target, stableSlot, lastStable, canaryClock);
                steps.Add(window.Report);
                log($"  step {index + 1}: {window.Report.Verdict}: {window.Report.Reason}");
                (canaryRequests, totalRequests) = (canaryRequests + window.Canary.Count, totalRequests + window.Canary.Count + window.Stable.Count);
                firstCanaryAt ??= window.Canary.Count > 0 ? window.Canary.Min(s => s.At) : null;
                lastStable = window.Stable.Count >= settings.Canary.MinRequests ? window.Stable : lastStable;
                if (window.Report.Verdict != StepVerdict.Pass)
                {
                    return await AbortCanaryAsync(rollout, link, window.Report, Totals(), traffic);
                }
            }

            await link.Client.PutRoutesAsync(Routes.AllTo(target, slot.Address, new Dictionary<string, string> { [stableSlot] = stable.Address }));
            var summary = traffic is null ? null : await traffic.StopAsync();
            var report = Report(rollout, "promoted", $"every step passed; {rollout.Release.Id} is the stable release now", Totals(), null, summary);
            await link.Client.PutRoutesAsync(Routes.AllTo(target, slot.Address));
            return Promote(rollout, settings.Drain, report);
        }
        catch (Exception ex) when (ex is DeliveryException or HttpRequestException or IOException)
        {
            // Whatever stopped the canary, no user stays on it: every user back on the stable slot, the canary stopped.
            log($"The canary cannot go on ({ex.Message}); every user goes back to {stable.ReleaseId} in slot {stableSlot}.");
            try
            {
                await link.Client.PutRoutesAsync(Routes.AllTo(stableSlot, stable.Address));
            }
            catch (DeliveryException)
            {
                // The router is gone: the next deploy's first step puts its table back on the live slot.
            }

            runner.Stop(slot, TimeSpan.Zero);
            _store.Save(_store.Load().WithSlot(target, null).WithRecord(rollout.Record with
            {
                Finished = DateTimeOffset.UtcNow,
                Outcome = DeploymentOutcome.RolledBack,
                Reason = $"canary: {ex.Message}",
            }));
            throw;
        }
        finally
        {
            if (traffic is not null)
            {
                await traffic.DisposeAsync();
            }

            if (!ReferenceEquals(link.Client, client))
            {
                link.Client.Dispose();
            }
        }

        (List<CanaryStepReport> Steps, long Canary, long Total, long? FirstCanaryAt) Totals() => (steps, canaryRequests, totalRequests, firstCanaryAt);
    }

    // Weight 0 first, while traffic still flows, so that the abort's timing and the stable's answers are real.
    private async Task<DeploymentResult> AbortCanaryAsync(
        Rollout rollout, RouterLink link, CanaryStepReport failed, (List<CanaryStepReport> Steps, long Canary, long Total, long? FirstCanaryAt) totals, TrafficGenerator? traffic)
    {
        var (target, slot, stableSlot, stable) = (rollout.Target, rollout.Slot, rollout.LiveSlot!, rollout.Previous!);
        var clock = Stopwatch.StartNew();
        await link.Client.PutRoutesAsync(Routes.AllTo(stableSlot, stable.Address, new Dictionary<string, string> { [target] = slot.Address }));
        var restore = clock.Elapsed.TotalSeconds;
        var rolledBackAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        log($"Canary aborted: slot {target} has weight 0; {stable.ReleaseId} in slot {stableSlot} takes every user again ({restore * 1000:0} ms)");

        var summary = traffic is null ? null : await traffic.StopAsync();
        runner.Stop(slot, settings.Drain);
        await link.Client.PutRoutesAsync(Routes.AllTo(stableSlot, stable.Address));
        var check = new CheckResult($"canary step {failed.Step} ({failed.Weight} %)", false, $"{failed.Verdict}: {failed.Reason}", failed.Seconds);
        rollout.Results.Add(check);
        var firstToRollback = totals.FirstCanaryAt is { } first ? (rolledBackAt - first) / 1000.0 : (double?)null;
        var report = Report(rollout, "aborted", $"step {failed.Step} ({failed.Weight} %) {failed.Verdict.ToString().ToLowerInvariant()}: {failed.Reason}", totals, firstToRollback, summary);
        _store.Save(_store.Load().WithSlot(target, null).WithRecord(rollout.Record with
        {
            Finished = DateTimeOffset.UtcNow,
            Outcome = DeploymentOutcome.RolledBack,
            Reason = $"{check.Name}: {check.Detail}",
            RestoreSeconds = restore,
        }));
        return Result(rollout, DeploymentOutcome.RolledBack, check, restore, report);
    }

    private CanaryReport Report(
        Rollout rollout, string outcome, string reason, (List<CanaryStepReport> Steps, long Canary, long Total, long? FirstCanaryAt) totals, double? firstToRollback, TrafficSummary? traffic) =>
        new(settings.Environment, rollout.Previous!.ReleaseId, rollout.LiveSlot!, rollout.Release.Id, rollout.Target, rollout.Baseline, outcome, reason,
            totals.Steps, totals.Canary, totals.Total, firstToRollback, traffic, LookPlan.Of(settings.Canary).Describe());

    /// <summary>Polls both slots' samples from the step's start until the judge passes it after its duration, fails it, or gives up waiting for data.</summary>
    private async Task<StepWindow> WatchStepAsync(
        RouterLink link, Routes routes, int step, int weight, string canarySlot, string stableSlot, IReadOnlyList<SlotSample> previousStable, Stopwatch canaryClock)
    {
        var canary = settings.Canary;
        var started = canaryClock.Elapsed.TotalSeconds;
        var clock = Stopwatch.StartNew();
        var (canarySamples, stableSamples) = (new List<SlotSample>(), new List<SlotSample>());
        var (instance, canaryCursor, stableCursor) = await MarkAsync(link, routes, canarySlot, stableSlot);
        var restarts = 0;
        var analysis = new StepAnalysis(canary);
        while (true)
        {
            await Task.Delay(canary.PollInterval);
            SlotSamples? canaryRead = null, stableRead = null;
            try
            {
                canaryRead = await link.Client.GetSamplesAsync(canarySlot, canaryCursor);
                stableRead = await link.Client.GetSamplesAsync(stableSlot, stableCursor);
            }
            catch (DeliveryException ex)
            {
                log($"The router does not answer ({ex.Message}); it is started again and reloads this step's table.");
                await RecoverRouterAsync(link, routes);
            }

            if (canaryRead is null || stableRead is null || canaryRead.Instance != instance || stableRead.Instance != instance)
            {
                // A restarted router counts from zero: the step's window starts again on the new samples, never mixing
                // lifetimes; the looks already taken stay spent.
                restarts++;
                (canarySamples, stableSamples) = ([], []);
                (instance, canaryCursor, stableCursor) = await MarkAsync(link, routes, canarySlot, stableSlot, fromStart: true);
                log($"  step {step}: the router restarted; its table holds the step's weights, and the window starts again");
                continue;
            }

            canarySamples.AddRange(canaryRead.Samples);
            stableSamples.AddRange(stableRead.Samples);
            (canaryCursor, stableCursor) = (canaryRead.Last, stableRead.Last);

            var comparedWithEarlier = stableSamples.Count < canary.MinRequests && previousStable.Count > 0;
            var elapsed = clock.Elapsed;
            if (analysis.Look(canarySamples, comparedWithEarlier ? previousStable : stableSamples, elapsed) is { } decided)
            {
                var judgement = decided.Judgement;
                var reason = judgement.Reason
                    + (comparedWithEarlier ? " (stable side: the previous step's window)" : string.Empty)
                    + (judgement.Verdict == StepVerdict.Inconclusive ? $", still after {elapsed.TotalSeconds:0.0} s (limit {(canary.StepDuration + canary.InconclusiveTimeout).TotalSeconds:0.#} s)" : string.Empty);
                var report = new CanaryStepReport(
                    step, weight, judgement.Verdict, reason, started, elapsed.TotalSeconds, judgement.Canary, judgement.Stable, canary.SuccessThreshold, judgement.LatencyLimitMs, judgement.Latency, restarts, analysis.Looks, decided.Alpha);
                var window = new StepWindow(report, canarySamples, stableSamples);
                StepWindowJudged?.Invoke(window);
                return window;
            }
        }
    }

    // Where both slots' logs stand now (or, after a restart, their start), and the router's instance.
    private async Task<(string Instance, long CanaryCursor, long StableCursor)> MarkAsync(
        RouterLink link, Routes routes, string canarySlot, string stableSlot, bool fromStart = false)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var canaryMark = await link.Client.GetSamplesAsync(canarySlot, long.MaxValue);
                var stableMark = await link.Client.GetSamplesAsync(stableSlot, long.MaxValue);
                return fromStart ? (canaryMark.Instance, 0, 0) : (canaryMark.Instance, canaryMark.Last, stableMark.Last);
            }
            catch (DeliveryException) when (attempt < 3)
            {
                await RecoverRouterAsync(link, routes);
                fromStart = true;
            }
        }
    }

    // The router died: start it again (it reloads the table it persisted, the step's), and put the step's table again.
    private async Task RecoverRouterAsync(RouterLink link, Routes routes)
    {
        var state = _store.Load();
        var routerState = await router.EnsureRunningAsync(state.Router, settings.PublicPort, settings.PublicPortSource, settings.RouterStartTimeout, settings.HealthCheckInterval);
        _store.Save(state with { Router = routerState });
        link.Client = router.Client(routerState);
        await link.Client.PutRoutesAsync(routes);
    }

    /// <summary>The router's client during a canary: replaced when the router had to be started again.</summary>
    private sealed class RouterLink(RouterClient client)
    {
        public RouterClient Client { get; set; } = client;
    }

    /// <summary>Each judged step with both slots' samples, as the judge saw them (the canary benchmark replays them).</summary>
    public Action<StepWindow>? StepWindowJudged { get; init; }
}
