using System.Diagnostics;
using Qte.Delivery.Canary;
using Qte.Delivery.Environments;
using Qte.Delivery.LoadTesting;
using Qte.Delivery.Routing;

namespace Qte.Delivery.Deployment;

/// <summary>
/// Canary: the new release takes a growing share of users, step by step; each step's window is judged against the
/// stable slot by the <see cref="CanaryStepRunner"/>. A failed (or, past its limit, inconclusive) step aborts: the
/// canary's weight goes to 0 at once, then it is stopped. After the last step the canary becomes the stable. Where the
/// environment generates traffic, the load engine sends it for the whole canary.
/// </summary>
internal sealed class CanaryStrategy : IRolloutStrategy
{
    // A fresh service's JIT settles over its first few hundred requests (measured on the service, TieredPGO off: about
    // 0.7 CPU-s over the first 600, then some 0.15 ms each), and a window judged while one side still compiles
    // compares compilers, not releases. The tier-1 compiles run in the background once a method's calls are counted,
    // so the warm-up comes in rounds with pauses, where they run unjudged; in the same burst they would land in step 1.
    // Both sides are warmed, directly and outside the router's samples: the stable may have started in this same
    // deploy (a first deploy's baseline), and a warm one takes this in milliseconds.
    private const int WarmUpRounds = 3;
    private const int WarmUpRequestsPerRound = 200;
    private static readonly TimeSpan WarmUpPause = TimeSpan.FromMilliseconds(400);

    // 200 requests of a few milliseconds on 2 connections take a fraction of a second. A canary slowed by 300 ms a
    // request took 30 s a round, 90 s before its first step, to be judged slow there anyway.
    private static readonly TimeSpan WarmUpRoundLimit = TimeSpan.FromSeconds(5);

    // Long enough for the local swarm's fresh replicas (about 15 s of start-up work from their start, some of it
    // before the warm-up ends); a replica still busy after it is judged all the same.
    private static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(15);

    public string Name => DeploymentStrategy.Canary;

    public async Task<DeploymentResult> RunAsync(Rollout rollout, RolloutContext context)
    {
        if (await PrePromotionCheck.RefusedAsync(rollout, context) is { } refused)
        {
            return refused;
        }

        var (target, slot, stableSlot, stable, settings) = (rollout.Target, rollout.Slot, rollout.LiveSlot!, rollout.Previous!, context.Settings);
        await WarmUpAsync([.. slot.Addresses, .. stable.Addresses]);
        // The fresh replicas are judged once idle: the canary's, and a first deploy's baseline started just before it.
        // A stable that serves users is never idle, and is not waited for.
        var (took, settled) = await ReplicaSettle.WaitAsync(rollout.Http, rollout.Baseline ? [.. slot.Addresses, .. stable.Addresses] : slot.Addresses, SettleLimit);
        context.Log(settled
            ? $"Fresh replicas idle after {took.TotalSeconds:0.0} s (each under {ReplicaSettle.IdleShare:P0} of a core)"
            : $"Fresh replicas still busy after {took.TotalSeconds:0.0} s (over {ReplicaSettle.IdleShare:P0} of a core); the steps start anyway");
        context.Store.Save(context.Store.Load().WithSlot(target, slot));
        var traffic = settings.Traffic.Enabled ? LoadEngine.Start(context.PublicUrl, settings.Traffic.ToLoadTest(), settings.Traffic.Mix()) : null;
        var runner = new CanaryStepRunner(context, target, stableSlot);
        var totals = new CanaryTotals();
        try
        {
            foreach (var (weight, index) in settings.Canary.Steps.Select((w, i) => (w, i)))
            {
                var routes = weight == 100
                    ? Routes.AllTo(target, slot, new Dictionary<string, SlotState> { [stableSlot] = stable })
                    : Routes.Split(stableSlot, stable, target, slot, weight);
                await context.Client.PutRoutesAsync(routes);
                context.Log($"Canary step {index + 1} of {settings.Canary.Steps.Count}: {weight} % of users to slot {target}");

                var window = await runner.WatchStepAsync(routes, index + 1, weight, totals.LastStable);
                context.Log($"  step {index + 1}: {window.Report.Verdict}: {window.Report.Reason}");
                totals.Add(window, settings.Canary.MinRequests);
                if (window.Report.Verdict != StepVerdict.Pass)
                {
                    return await AbortAsync(rollout, context, window.Report, totals, traffic);
                }
            }

            await context.Client.PutRoutesAsync(Routes.AllTo(target, slot, new Dictionary<string, SlotState> { [stableSlot] = stable }));
            var summary = await StopAsync(traffic, settings.Traffic);
            var report = Report(rollout, context, "promoted", $"every step passed; {rollout.Release.Id} is the stable release now", totals, null, summary);
            await context.Client.PutRoutesAsync(Routes.AllTo(target, slot));
            return context.Promotion.Promote(rollout, context, report);
        }
        catch (Exception ex) when (ex is DeliveryException or HttpRequestException or IOException)
        {
            // Whatever stopped the canary, no user stays on it: every user back on the stable slot, the canary stopped.
            context.Log($"The canary cannot go on ({ex.Message}); every user goes back to {stable.ReleaseId} in slot {stableSlot}.");
            try
            {
                await context.Client.PutRoutesAsync(Routes.AllTo(stableSlot, stable));
            }
            catch (DeliveryException)
            {
                // The router is gone: the next deploy's first step puts its table back on the live slot.
            }

            context.Runner.Stop(slot, TimeSpan.Zero);
            context.Rollback.Record(rollout, DeploymentOutcome.RolledBack, $"canary: {ex.Message}", null);
            throw;
        }
        finally
        {
            if (traffic is not null)
            {
                await traffic.DisposeAsync();
            }
        }
    }

    // Weight 0 first, while traffic still flows, so that the abort's timing and the stable's answers are real.
    private static async Task<DeploymentResult> AbortAsync(Rollout rollout, RolloutContext context, CanaryStepReport failed, CanaryTotals totals, LoadRun? traffic)
    {
        var (target, slot, stableSlot, stable) = (rollout.Target, rollout.Slot, rollout.LiveSlot!, rollout.Previous!);
        var clock = Stopwatch.StartNew();
        await context.Client.PutRoutesAsync(Routes.AllTo(stableSlot, stable, new Dictionary<string, SlotState> { [target] = slot }));
        var restore = clock.Elapsed.TotalSeconds;
        var rolledBackAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        context.Log($"Canary aborted: slot {target} has weight 0; {stable.ReleaseId} in slot {stableSlot} takes every user again ({restore * 1000:0} ms)");

        var summary = await StopAsync(traffic, context.Settings.Traffic);
        context.Runner.Stop(slot, context.Settings.Drain);
        await context.Client.PutRoutesAsync(Routes.AllTo(stableSlot, stable));
        var check = new CheckResult($"canary step {failed.Step} ({failed.Weight} %)", false, $"{failed.Verdict}: {failed.Reason}", failed.Seconds);
        rollout.Results.Add(check);
        var firstToRollback = totals.FirstCanaryAt is { } first ? (rolledBackAt - first) / 1000.0 : (double?)null;
        var report = Report(rollout, context, "aborted", $"step {failed.Step} ({failed.Weight} %) {failed.Verdict.ToString().ToLowerInvariant()}: {failed.Reason}", totals, firstToRollback, summary);
        return context.Rollback.Aborted(rollout, check, restore, report);
    }

    private static async Task<TrafficSummary?> StopAsync(LoadRun? traffic, TrafficSettings settings) =>
        traffic is null ? null : TrafficSummary.Of(await traffic.StopAsync(), settings);

    private static CanaryReport Report(
        Rollout rollout, RolloutContext context, string outcome, string reason, CanaryTotals totals, double? firstToRollback, TrafficSummary? traffic) =>
        new(context.Settings.Environment, rollout.Previous!.ReleaseId, rollout.LiveSlot!, rollout.Release.Id, rollout.Target, rollout.Baseline, outcome, reason,
            totals.Steps, totals.Canary, totals.Total, firstToRollback, traffic, LookPlan.Of(context.Settings.Canary).Describe());

    private static async Task WarmUpAsync(IReadOnlyList<string> addresses)
    {
        for (var round = 0; round < WarmUpRounds; round++)
        {
            await Task.WhenAll(addresses.Select(address => ReleaseChecks.WarmUpAsync(address, WarmUpRequestsPerRound, WarmUpRoundLimit)));
            await Task.Delay(WarmUpPause);
        }
    }

    /// <summary>The steps so far: their reports, the canary's and all requests, the canary's first request, and the last stable window with enough requests.</summary>
    private sealed class CanaryTotals
    {
        public List<CanaryStepReport> Steps { get; } = [];

        public long Canary { get; private set; }

        public long Total { get; private set; }

        public long? FirstCanaryAt { get; private set; }

        public IReadOnlyList<SlotSample> LastStable { get; private set; } = [];

        public void Add(StepWindow window, int minRequests)
        {
            Steps.Add(window.Report);
            (Canary, Total) = (Canary + window.Canary.Count, Total + window.Canary.Count + window.Stable.Count);
            FirstCanaryAt ??= window.Canary.Count > 0 ? window.Canary.Min(s => s.At) : null;
            LastStable = window.Stable.Count >= minRequests ? window.Stable : LastStable;
        }
    }
}
