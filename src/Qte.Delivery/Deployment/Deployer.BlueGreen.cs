using System.Diagnostics;
using Qte.Delivery.Routing;

namespace Qte.Delivery.Deployment;

/// <summary>
/// Blue-green, as Argo Rollouts does it: the idle slot is checked directly (its own port is the preview) before any
/// user reaches it; one routing-table swap moves every user; the post-promotion analysis watches through the router;
/// the previous slot keeps running for the scale-down delay, so that until then the way back is one more swap.
/// </summary>
public sealed partial class Deployer
{
    private async Task<DeploymentResult> BlueGreenAsync(Rollout rollout, RouterClient client)
    {
        var (target, slot, liveSlot, previous) = (rollout.Target, rollout.Slot, rollout.LiveSlot!, rollout.Previous!);
        var preview = await rollout.Checks.SmokeTestAsync(slot.Address, rollout.Release, "pre-promotion smoke test");
        rollout.Results.Add(preview);
        if (!preview.Passed)
        {
            return Refuse(rollout, preview);
        }

        log($"Switching every user to slot {target}");
        SwitchStarting?.Invoke(target);
        var clock = Stopwatch.StartNew();
        await client.PutRoutesAsync(Routes.AllTo(target, slot.Address, new Dictionary<string, string> { [liveSlot] = previous.Address }));
        _store.Save(_store.Load().WithSlot(target, slot));
        Switched?.Invoke(target);
        log($"Switched in {clock.Elapsed.TotalMilliseconds:0} ms: slot {target} takes all traffic; slot {liveSlot} ({previous.ReleaseId}) stays up for the way back");

        var analysis = await rollout.Checks.WatchHealthAsync(PublicUrl, settings.WatchDuration, settings.WatchInterval, settings.MaxErrorRate, "post-promotion analysis");
        rollout.Results.Add(analysis);
        if (!analysis.Passed)
        {
            return await RollBackAsync(rollout, analysis, client);
        }

        // Promoted: the state says so now, so that a pipeline killed during the delay leaves the new slot live.
        _store.Save((_store.Load() with { LiveSlot = target }).WithRecord(rollout.Record with { Finished = DateTimeOffset.UtcNow, Outcome = Environments.DeploymentOutcome.Succeeded }));
        log($"Slot {liveSlot} ({previous.ReleaseId}) scales down in {settings.ScaleDownDelay.TotalSeconds:0.#} s");
        await Task.Delay(settings.ScaleDownDelay);
        await client.PutRoutesAsync(Routes.AllTo(target, slot.Address));
        return Promote(rollout, settings.Drain);
    }

    /// <summary>A blue-green switch is about to send the new table, which moves every user to this slot (the delivery benchmark times it).</summary>
    public Action<string>? SwitchStarting { get; init; }

    /// <summary>The router took the table: every new request goes to this slot.</summary>
    public Action<string>? Switched { get; init; }
}
