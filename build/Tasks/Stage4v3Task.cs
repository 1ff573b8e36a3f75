using System.Globalization;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using Qte.Build.Delivery;
using Qte.Delivery.AbTesting;
using Qte.Delivery.Configuration;
using Qte.Delivery.Environments;

namespace Qte.Build.Tasks;

[TaskName("Stage4v3")]
[TaskDescription("Stage 4-v3, A/B testing: for each experiment of build/config/experiments (or --experiment=KEY), checks the assignment on 10,000 synthetic users (SRM), publishes it to production (the service rereads it), in the ci profile drives a simulated population with a planted effect through the router, and analyses the captured events. Writes artifacts/ab/<key>/.")]
[IsDependentOn(typeof(Stage4v2Task))]
public sealed class Stage4v3Task : AsyncFrostingTask<BuildContext>
{
    private const string Environment = PipelineEnvironments.Production;

    public override async Task RunAsync(BuildContext context)
    {
        var experiments = ExperimentSelection.Of(context);
        if (experiments.Count == 0)
        {
            context.Log.Warning("Stage 4-v3 skipped: {0} holds no experiment (<key>.json).", "build/config/experiments");
            return;
        }

        var config = DeliveryServices.Config(context, Environment);
        var paths = DeliveryServices.PathsOf(context, Environment);
        if (new StateStore(paths).Load().Live is null)
        {
            throw new CakeException($"Stage 4-v3: environment '{Environment}' serves no release to run experiments on; run Stage4v2 first.");
        }

        var settings = config.ToAbTestingSettings();
        var stage = new AbStage(paths, $"http://127.0.0.1:{config.PublicPort.ToString(CultureInfo.InvariantCulture)}", settings, m => context.Log.Information("  {0}", m), context.Time);
        var runId = context.Time.GetUtcNow().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        foreach (var (file, experiment) in experiments)
        {
            var directory = context.Paths.AbTest(experiment.Key).FullPath;
            Directory.CreateDirectory(directory);
            ExperimentFiles.WriteConfig(directory, experiment);
            context.Log.Information("Experiment {0}: {1}", experiment.Key, experiment.Enabled ? "enabled" : "disabled (published; everyone is served control)");
            var result = await stage.RunAsync(file, experiment, runId);
            ExperimentFiles.WriteStage(directory, result);
            context.Delivered.AbResults.Add(result);
            if (result.Failure is { } failure)
            {
                throw new CakeException($"Stage 4-v3: experiment {experiment.Key}: {failure}. See {directory}/.");
            }

            AbStageReport.Log(context, result, Environment);
        }
    }
}
