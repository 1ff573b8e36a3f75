using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using Qte.Build.Delivery;
using Qte.Delivery.Configuration;
using Qte.Delivery.Deployment;
using Qte.Delivery.Environments;

namespace Qte.Build.Tasks;

[TaskName("Stage3v4")]
[TaskDescription("Stage 3-v4, rollback: with rollbackDrill.enabled (the ci profile) a drill deploys a faulty build of the live release over it under traffic and checks that the health watch catches it, traffic goes back on its own and the good release serves with no failed request after (artifacts/deploy/<env>/rollback-drill.json); otherwise it checks that the previous good release is in the store and intact, and says \"not proven\" where there is none.")]
[IsDependentOn(typeof(Stage3v3Task))]
public sealed class Stage3v4Task : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var environment = context.Delivery.Environment;
        var settings = DeliveryServices.Config(context, environment).ToDeploymentSettings();
        var state = new StateStore(DeliveryServices.PathsOf(context, environment)).Load();
        var live = state.Live ?? throw new CakeException($"Stage 3-v4: environment '{environment}' serves no release.");
        if (!settings.RollbackDrill.Enabled)
        {
            CheckRollbackTarget(context, environment, live.ReleaseId);
            return;
        }

        var faulty = DeliveryServices.Deployer(context, DeliveryServices.Config(context, environment, settings.RollbackDrill.FaultSets(settings.WatchDuration)));
        var drill = await new RollbackDrill(faulty, settings.Traffic).RunAsync(DeliveryServices.Releases(context).Open(live.ReleaseId), state.LiveSlot!);
        Qte.Primitives.IO.AtomicFile.WriteAllText(context.Paths.Deploy(environment).CombineWithFilePath("rollback-drill.json").FullPath, ReportJson.Serialize(drill));
        var summary = FormattableString.Invariant(
            $"a faulty build ({drill.FaultyReleaseId} with {settings.RollbackDrill.FaultRate:P0} of requests failing after {settings.RollbackDrill.FaultAfterRequests}) was {drill.Outcome} by {drill.CaughtBy ?? "no check"}; restored in {drill.RestoreSeconds:0.000} s; {drill.FailedRequests} of {drill.Requests} generated requests failed, {drill.FailedAfterSwitchBack} of {drill.RequestsAfterSwitchBack} after the switch back; serving {drill.ServingReleaseId ?? "nothing"} from slot {drill.ServingSlot ?? "none"} (the good build's: {drill.GoodSlot})");
        if (!drill.Passed)
        {
            throw new CakeException($"Stage 3-v4 failed: rollback drill in {environment}: {summary}.");
        }

        context.Log.Information("Stage 3-v4 passed: rollback drill in {0}: {1}.", environment, summary);
    }

    // Opening checks the release's content against its SHA-256: a rollback target that was changed is refused now, not during an incident.
    private static void CheckRollbackTarget(BuildContext context, string environment, string live)
    {
        var target = new StateStore(DeliveryServices.PathsOf(context, environment)).Load().History
            .LastOrDefault(h => h.Outcome == DeploymentOutcome.Succeeded && h.ReleaseId != live);
        if (target is null)
        {
            context.Log.Warning("Stage 3-v4 not proven: {0} has no earlier good release to roll back to, and no drill ran (rollbackDrill.enabled is false).", environment);
            return;
        }

        var release = DeliveryServices.Releases(context).Open(target.ReleaseId);
        context.Log.Information("Stage 3-v4 passed: {0} serves {1}; the rollback target {2} ({3}) is in the store and intact: --target=Rollback --environment={0}", environment, live, release.Id, release.Manifest.Version);
    }
}
