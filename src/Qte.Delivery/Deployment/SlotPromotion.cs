using Qte.Delivery.Canary;
using Qte.Delivery.Environments;
using Qte.Delivery.Releases;
using Qte.Delivery.Slots;

namespace Qte.Delivery.Deployment;

/// <summary>Ends a rollout that passed: the new slot becomes the live one, the previous one is stopped after the drain, and releases no environment needs are pruned.</summary>
internal sealed class SlotPromotion(EnvironmentPaths paths, ReleaseStore releases, ISlotRunner runner, DeploymentSettings settings, Action<string> log)
{
    public DeploymentResult Promote(Rollout rollout, RolloutContext context, CanaryReport? canary = null)
    {
        var state = context.Store.Load().WithSlot(rollout.Target, rollout.Slot);
        if (rollout.Previous is not null)
        {
            runner.Stop(rollout.Previous, settings.Drain);
            state = state.WithSlot(rollout.LiveSlot!, null);
        }

        context.Store.Save((state with { LiveSlot = rollout.Target }).WithRecord(rollout.Record with { Finished = DateTimeOffset.UtcNow, Outcome = DeploymentOutcome.Succeeded }));
        PruneReleases();
        return context.Result(rollout, DeploymentOutcome.Succeeded, null, null, canary);
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
}
