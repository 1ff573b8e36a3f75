using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using Qte.Build.Delivery;
using Qte.Delivery.Environments;

namespace Qte.Build.Tasks;

[TaskName("Stage3v4")]
[TaskDescription("Stage 3-v4, rollback: failed checks roll back during Deploy; this stage proves the way back is open (the previous good release is in the store and intact) and reports the history and restore times.")]
[IsDependentOn(typeof(Stage3v3Task))]
public sealed class Stage3v4Task : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var environment = context.Delivery.Environment;
        var state = new StateStore(DeliveryServices.PathsOf(context, environment)).Load();
        var live = state.Live?.ReleaseId;
        var target = state.History.LastOrDefault(h => h.Outcome == DeploymentOutcome.Succeeded && h.ReleaseId != live);
        if (target is not null)
        {
            // Opening checks the release's content against its SHA-256: a rollback target that was changed is refused now, not during an incident.
            var release = DeliveryServices.Releases(context).Open(target.ReleaseId);
            context.Log.Information("  Rollback target: {0} ({1}), intact", release.Id, release.Manifest.Version);
        }
        else
        {
            context.Log.Information("  No earlier good release in {0} yet: the first deployment has nothing to roll back to.", environment);
        }

        foreach (var record in state.History.TakeLast(5))
        {
            context.Log.Information(
                "  {0:u} {1} {2}: {3}{4}{5}",
                record.Started, record.Kind, record.ReleaseId, record.Outcome,
                record.Reason is null ? string.Empty : $" ({record.Reason})",
                record.RestoreSeconds is { } restore ? $", restored in {restore:0.000} s" : string.Empty);
        }

        if (state.Live is null)
        {
            throw new CakeException($"Stage 3-v4: environment '{environment}' serves no release.");
        }

        context.Log.Information("Stage 3-v4 passed: {0} serves {1}; manual rollback: --target=Rollback --environment={1}", live, environment);
    }
}
