using Qte.Delivery.Environments;
using Qte.Delivery.Routing;

namespace Qte.Delivery.Deployment;

/// <summary>
/// Recreate, and every first deploy: all traffic to the new slot, then the smoke test and the health watch through
/// the router; a failure gives the traffic back to the previous release.
/// </summary>
internal sealed class RecreateStrategy : IRolloutStrategy
{
    public string Name => DeploymentStrategy.Recreate;

    public async Task<DeploymentResult> RunAsync(Rollout rollout, RolloutContext context)
    {
        var (target, slot, settings) = (rollout.Target, rollout.Slot, context.Settings);
        var others = rollout.Previous is null ? null : new Dictionary<string, SlotState> { [rollout.LiveSlot!] = rollout.Previous };
        await context.Client.PutRoutesAsync(Routes.AllTo(target, slot, others));
        context.Store.Save(context.Store.Load().WithSlot(target, slot));
        context.Log($"Slot {target} takes all traffic on {context.PublicUrl}");

        var smoke = await rollout.Checks.SmokeTestAsync(context.PublicUrl, rollout.Release);
        rollout.Results.Add(smoke);
        var failed = smoke.Passed ? null : smoke;
        if (failed is null)
        {
            var watched = await ReleaseChecks.WatchHealthAsync(context.PublicUrl, settings.WatchDuration, settings.WatchInterval, settings.MaxErrorRate);
            rollout.Results.Add(watched);
            failed = watched.Passed ? null : watched;
        }

        return failed is null
            ? context.Promotion.Promote(rollout, context)
            : await context.Rollback.RollBackAsync(rollout, failed);
    }
}
