using System.Diagnostics;
using Qte.Delivery.Environments;
using Qte.Delivery.Routing;

namespace Qte.Delivery.Deployment;

/// <summary>
/// Blue-green, as Argo Rollouts does it: the idle slot is checked directly (its own port is the preview) before any
/// user reaches it; one routing-table swap moves every user; the post-promotion analysis watches through the router;
/// the previous slot keeps running for the scale-down delay, so that until then the way back is one more swap.
/// </summary>
internal sealed class BlueGreenStrategy : IRolloutStrategy
{
    public string Name => DeploymentStrategy.BlueGreen;

    public async Task<DeploymentResult> RunAsync(Rollout rollout, RolloutContext context)
    {
        if (await PrePromotionCheck.RefusedAsync(rollout, context) is { } refused)
        {
            return refused;
        }

        var (target, slot, liveSlot, previous, settings) = (rollout.Target, rollout.Slot, rollout.LiveSlot!, rollout.Previous!, context.Settings);
        context.Log($"Switching every user to slot {target}");
        context.Events.SwitchStarting?.Invoke(target);
        var clock = Stopwatch.StartNew();
        await context.Client.PutRoutesAsync(Routes.AllTo(target, slot, new Dictionary<string, SlotState> { [liveSlot] = previous }));
        context.Store.Save(context.Store.Load().WithSlot(target, slot));
        context.Events.Switched?.Invoke(target);
        context.Log($"Switched in {clock.Elapsed.TotalMilliseconds:0} ms: slot {target} takes all traffic; slot {liveSlot} ({previous.ReleaseId}) stays up for the way back");

        var analysis = await ReleaseChecks.WatchHealthAsync(context.PublicUrl, settings.WatchDuration, settings.WatchInterval, settings.MaxErrorRate, "post-promotion analysis");
        rollout.Results.Add(analysis);
        if (!analysis.Passed)
        {
            return await context.Rollback.RollBackAsync(rollout, analysis);
        }

        // Promoted: the state says so now, so that a pipeline killed during the delay leaves the new slot live.
        context.Store.Save((context.Store.Load() with { LiveSlot = target }).WithRecord(rollout.Record with { Finished = DateTimeOffset.UtcNow, Outcome = DeploymentOutcome.Succeeded }));
        context.Log($"Slot {liveSlot} ({previous.ReleaseId}) scales down in {settings.ScaleDownDelay.TotalSeconds:0.#} s");
        await Task.Delay(settings.ScaleDownDelay);
        await context.Client.PutRoutesAsync(Routes.AllTo(target, slot));
        return context.Promotion.Promote(rollout, context);
    }
}
