using Cake.Core;
using Cake.Core.Diagnostics;
using Qte.Delivery.Deployment;
using Qte.Delivery.Environments;

namespace Qte.Build.Delivery;

/// <summary>A deployment's outcome as every delivery task reports it: its files, its log lines, and its failure.</summary>
public static class DeploymentReport
{
    /// <summary>Writes deployment.json and fails the task, naming the failed check, unless the release serves.</summary>
    public static void Write(BuildContext context, DeploymentResult result)
    {
        context.Delivered.Deployments.Add(result);
        var directory = context.Paths.Deploy(result.Environment);
        DeploymentFiles.Write(directory.CombineWithFilePath("deployment.json").FullPath, result);
        if (result.Canary is { } canary)
        {
            DeploymentFiles.WriteCanary(directory.FullPath, canary);
            foreach (var step in canary.Steps)
            {
                context.Log.Information("  canary step {0} ({1} %): {2}: {3}", step.Step, step.Weight, step.Verdict, step.Reason);
            }

            context.Log.Information("  canary {0}: it answered {1} of {2} requests ({3:P1}); {4}", canary.Outcome, canary.CanaryRequests, canary.TotalRequests, canary.CanaryShare, directory.CombineWithFilePath("canary-analysis.md").FullPath);
        }

        foreach (var check in result.Checks)
        {
            context.Log.Information("  {0}: {1} ({2})", check.Name, check.Passed ? "passed" : "FAILED", check.Detail);
        }

        switch (result.Outcome)
        {
            case DeploymentOutcome.Unchanged:
                context.Log.Information("Release {0} already serves {1} on {2} from slot {3}: nothing deployed (--redeploy deploys it again).", result.ReleaseId, result.Environment, result.PublicUrl, result.Slot);
                break;
            case DeploymentOutcome.Succeeded:
                context.Log.Information("Release {0} serves {1} on {2} from slot {3}.", result.ReleaseId, result.Environment, result.PublicUrl, result.Slot);
                break;
            case DeploymentOutcome.RolledBack when result.PreviousReleaseId is not null:
                throw new CakeException(
                    $"Deploy to {result.Environment} rolled back: {result.FailedCheck}. Release {result.PreviousReleaseId} serves again " +
                    $"(restored in {result.RestoreSeconds:0.000} s); {result.ReleaseId} is stopped and marked rolled back.");
            default:
                throw new CakeException(
                    $"Deploy to {result.Environment} failed: {result.FailedCheck}. " +
                    (result.PreviousReleaseId is null ? "Nothing served before, and nothing serves now." : $"Release {result.PreviousReleaseId} still serves; {result.ReleaseId} never took traffic."));
        }
    }
}
