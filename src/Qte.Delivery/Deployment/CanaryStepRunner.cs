using System.Diagnostics;
using Qte.Delivery.Canary;
using Qte.Delivery.Routing;

namespace Qte.Delivery.Deployment;

/// <summary>
/// Runs a canary step's window: polls both slots' samples from the router from the step's start and judges them, at
/// the looks of a <see cref="LookPlan"/>, against the stable slot over the same time (at 100 %, where the stable slot
/// has no users, against the stable's window of the step before), until the judge passes the step after its duration,
/// fails it, or gives up waiting for data. A router that restarts mid-step is recovered and the window starts again;
/// so does a window in which a slot loses or regains a replica but still answers (a cluster node died or came back): the samples
/// of a changing set of replicas would judge the node's fault as the release's. The looks already taken stay spent; the
/// step is then judged on the window after the change alone (held to the same minimum of requests), and one whose
/// window keeps starting again ends inconclusive at its time limit. A first latency failure starts a fresh window
/// with the whole look plan (<see cref="StepAnalysis"/>): the step fails if that window fails too.
/// </summary>
internal sealed class CanaryStepRunner(RolloutContext context, string canarySlot, string stableSlot)
{
    private readonly Stopwatch _canaryClock = Stopwatch.StartNew();

    public async Task<StepWindow> WatchStepAsync(Routes routes, int step, int weight, IReadOnlyList<SlotSample> previousStable)
    {
        var canary = context.Settings.Canary;
        var started = _canaryClock.Elapsed.TotalSeconds;
        var clock = Stopwatch.StartNew();
        // The window the analysis looks at: the step's, or the fresh one that confirms a latency failure.
        var window = Stopwatch.StartNew();
        var (unconfirmedCanary, unconfirmedStable) = (new List<SlotSample>(), new List<SlotSample>());
        var (canarySamples, stableSamples) = (new List<SlotSample>(), new List<SlotSample>());
        var (instance, canaryCursor, stableCursor) = await MarkAsync(routes);
        (int? Canary, int? Stable) replicas = (null, null);
        var (restarts, replicaChanges) = (0, 0);
        var analysis = new StepAnalysis(canary);
        while (true)
        {
            await Task.Delay(canary.PollInterval);
            SlotSamples? canaryRead = null, stableRead = null;
            try
            {
                canaryRead = await context.Client.GetSamplesAsync(canarySlot, canaryCursor);
                stableRead = await context.Client.GetSamplesAsync(stableSlot, stableCursor);
            }
            catch (DeliveryException ex)
            {
                context.Log($"The router does not answer ({ex.Message}); it is started again and reloads this step's table.");
                await context.RouterRecovery.RecoverAsync(routes);
            }

            if (canaryRead is null || stableRead is null || canaryRead.Instance != instance || stableRead.Instance != instance)
            {
                // A restarted router counts from zero: the step's window starts again on the new samples, never mixing
                // lifetimes; the looks already taken stay spent.
                restarts++;
                (canarySamples, stableSamples) = ([], []);
                (instance, canaryCursor, stableCursor) = await MarkAsync(routes, fromStart: true);
                context.Log($"  step {step}: the router restarted; its table holds the step's weights, and the window starts again");
                continue;
            }

            if (ReplicaLeftOrCame(replicas.Canary, canaryRead.Available) || ReplicaLeftOrCame(replicas.Stable, stableRead.Available))
            {
                StartAgainOn(canaryRead, stableRead, "replicas taking requests changed");
                continue;
            }

            replicas = (canaryRead.Available, stableRead.Available);
            canarySamples.AddRange(canaryRead.Samples);
            stableSamples.AddRange(stableRead.Samples);
            (canaryCursor, stableCursor) = (canaryRead.Last, stableRead.Last);

            var comparedWithEarlier = stableSamples.Count < canary.MinRequests && previousStable.Count > 0;
            var elapsed = clock.Elapsed;
            if (analysis.Look(canarySamples, comparedWithEarlier ? previousStable : stableSamples, window.Elapsed) is { } decided)
            {
                if (decided.Judgement.Verdict == StepVerdict.Fail && (replicas.Canary > 1 || replicas.Stable > 1)
                    && await ReplicasChangedSinceAsync(replicas) is { } now)
                {
                    // A replica that died a moment ago fails requests before the router's health check takes it out:
                    // a failure is confirmed one health-check interval later on the same replicas, or the window
                    // starts again without the dead replica's answers.
                    StartAgainOn(now.Canary, now.Stable, "a failure came as a replica left");
                    continue;
                }

                if (decided.ConfirmOnFreshWindow)
                {
                    (unconfirmedCanary, unconfirmedStable) = (canarySamples, stableSamples);
                    (canarySamples, stableSamples) = ([], []);
                    window.Restart();
                    context.Log($"  step {step}: {decided.Judgement.Reason}; a fresh window confirms it before the step fails");
                    continue;
                }

                var judgement = decided.Judgement;
                var reason = judgement.Reason
                    + (comparedWithEarlier ? " (stable side: the previous step's window)" : string.Empty)
                    + (judgement.Verdict == StepVerdict.Inconclusive ? $", still after {window.Elapsed.TotalSeconds:0.0} s of its window (limit {(canary.StepDuration + canary.InconclusiveTimeout).TotalSeconds:0.#} s)" : string.Empty);
                var report = new CanaryStepReport(
                    step, weight, judgement.Verdict, reason, started, elapsed.TotalSeconds, judgement.Canary, judgement.Stable, canary.SuccessThreshold, judgement.LatencyLimitMs, judgement.Latency, restarts, analysis.Looks, decided.Alpha, replicaChanges);
                // The step's samples, the window that failed first included: the run's request counts and a replay hold them all.
                var judged = new StepWindow(report, [.. unconfirmedCanary, .. canarySamples], [.. unconfirmedStable, .. stableSamples]);
                context.Events.StepWindowJudged?.Invoke(judged);
                return judged;
            }
        }

        // The window starts again from these reads, on the replicas that answer now; the looks already taken stay spent.
        void StartAgainOn(SlotSamples canaryNow, SlotSamples stableNow, string why)
        {
            replicaChanges++;
            (canarySamples, stableSamples) = ([], []);
            (canaryCursor, stableCursor) = (canaryNow.Last, stableNow.Last);
            context.Log(
                $"  step {step}: {why} (canary {replicas.Canary} -> {canaryNow.Available}, stable {replicas.Stable} -> {stableNow.Available}); " +
                "the window starts again on the replicas that answer");
            replicas = (canaryNow.Available, stableNow.Available);
        }
    }

    private async Task<(SlotSamples Canary, SlotSamples Stable)?> ReplicasChangedSinceAsync((int? Canary, int? Stable) replicas)
    {
        await Task.Delay(context.Settings.HealthCheckInterval * 2);
        var canaryNow = await context.Client.GetSamplesAsync(canarySlot, long.MaxValue);
        var stableNow = await context.Client.GetSamplesAsync(stableSlot, long.MaxValue);
        return ReplicaLeftOrCame(replicas.Canary, canaryNow.Available) || ReplicaLeftOrCame(replicas.Stable, stableNow.Available)
            ? (canaryNow, stableNow)
            : null;
    }

    // A slot that still answers on fewer or more replicas than before; a slot with none left is judged on its data
    // (its release failing is what a canary must catch), as is one whose router does not say.
    private static bool ReplicaLeftOrCame(int? before, int? now) => before is > 0 && now is > 0 && before != now;

    // Where both slots' logs stand now (or, after a restart, their start), and the router's instance.
    private async Task<(string Instance, long CanaryCursor, long StableCursor)> MarkAsync(Routes routes, bool fromStart = false)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var canaryMark = await context.Client.GetSamplesAsync(canarySlot, long.MaxValue);
                var stableMark = await context.Client.GetSamplesAsync(stableSlot, long.MaxValue);
                return fromStart ? (canaryMark.Instance, 0, 0) : (canaryMark.Instance, canaryMark.Last, stableMark.Last);
            }
            catch (DeliveryException) when (attempt < 3)
            {
                await context.RouterRecovery.RecoverAsync(routes);
                fromStart = true;
            }
        }
    }
}
