using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using Qte.Build.Delivery;
using Qte.Delivery.AbTesting;
using Qte.Delivery.Configuration;
using Qte.Experiments.Analysis;
using Qte.Experiments.Definitions;
using Qte.Experiments.Events;

namespace Qte.Build.Tasks;

[TaskName("ABAnalyze")]
[TaskDescription("Analyses the events an environment captured for an experiment, no simulation: --environment=X --experiment=KEY. Uses the definition published there; writes artifacts/ab/<key>/analysis.json, .md and the events as CSV and JSON.")]
public sealed class ABAnalyzeTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var key = context.Delivery.Experiment
            ?? throw new CakeException("--experiment: required: the key of the experiment to analyse, e.g. --experiment=checkout-flow.");
        var environment = context.Delivery.Environment;
        var paths = DeliveryServices.PathsOf(context, environment);
        var published = paths.ExperimentFile(key);
        if (!File.Exists(published))
        {
            throw new CakeException($"--experiment: '{key}' was never published to environment '{environment}' (no {published}); Stage4v3 publishes it.");
        }

        try
        {
            var experiment = ExperimentFile.Load(published);
            var settings = DeliveryServices.Config(context, environment).ToAbTestingSettings().Analysis;
            var (analysis, events) = AbStage.Analyze(paths, experiment, settings, context.Time.GetUtcNow());
            var directory = context.Paths.AbTest(key).FullPath;
            Directory.CreateDirectory(directory);
            ExperimentFiles.WriteAnalysis(directory, analysis, events, [$"Captured in environment {environment}: {events.Count} event rows, no simulation."]);
            if (!analysis.Trustworthy)
            {
                context.Log.Warning("Sample ratio mismatch (p = {0:G3}): the results of {1} cannot be trusted.", analysis.Srm.PValue, key);
            }

            foreach (var decision in analysis.Decisions)
            {
                context.Log.Information("{0}: {1}: {2}", decision.Variant, AnalysisReport.DecisionName(decision.Decision), decision.Reason);
            }

            context.Log.Information("Analysis of {0} in {1}: {2}/analysis.md", key, environment, directory);
        }
        catch (Exception ex) when (ex is EventStoreException or ExperimentDefinitionException)
        {
            throw new CakeException(ex.Message);
        }
    }
}
