using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using Qte.Build.Delivery;
using Qte.Delivery.Deployment;
using Qte.Delivery.Environments;

namespace Qte.Build.Tasks;

[TaskName("Stage4v2")]
[TaskDescription("Stage 4-v2, canary: promotes the release from staging to production in steps (canary.steps), each judged against the stable slot from the router's samples (success rate, p95 with a Mann-Whitney U test, a minimum of requests); abort puts every user back on the stable release. Writes artifacts/deploy/production/canary-analysis.json and .md.")]
[IsDependentOn(typeof(Stage4v1Task))]
public sealed class Stage4v2Task : AsyncFrostingTask<BuildContext>
{
    private const string From = PipelineEnvironments.Staging, To = PipelineEnvironments.Production;

    public override async Task RunAsync(BuildContext context)
    {
        var result = await Promotion.PromoteAsync(context, From, To, DeploymentStrategy.Canary);
        if (result.Outcome == DeploymentOutcome.Unchanged)
        {
            context.Log.Information("Stage 4-v2: nothing to do: {0} already serves {1} under the same config, and a canary of a release against itself proves nothing (--redeploy runs it).", result.ReleaseId, To);
            return;
        }

        if (result.Canary is not { } canary)
        {
            context.Log.Information(
                "Stage 4-v2 passed: {0} serves {1}: a first deploy into an empty environment (canary.onEmptyEnvironment is 'deploy'), so no canary ran.",
                result.ReleaseId, To);
            return;
        }

        if (canary.Steps.Count == 0 || canary.CanaryRequests == 0)
        {
            throw new CakeException($"Stage 4-v2: the canary of {result.ReleaseId} was promoted without a single judged request; the analysis has no data.");
        }

        context.Log.Information(
            "Stage 4-v2 passed: {0} promoted to {1} after {2} canary steps on {3} canary requests ({4:P1} of all)",
            result.ReleaseId, To, canary.Steps.Count, canary.CanaryRequests, canary.CanaryShare);
    }
}
