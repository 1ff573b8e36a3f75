using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using Qte.Build.Delivery;
using Qte.Build.Docker;
using Qte.Build.Reporting;
using Qte.Pipeline.Artifacts;

namespace Qte.Build.Lifetimes;

/// <summary>
/// Before the first task: says what the run will do. After the last, even after a failure: the timing
/// report (when the Timing task did not run) and the manifest of everything the run produced. A dry run gets
/// neither: it writes nothing.
/// </summary>
public sealed class BuildLifetime(RunMode mode) : FrostingLifetime<BuildContext>
{
    public override void Setup(BuildContext context, ISetupContext info)
    {
        if (mode.DryRun)
        {
            return;
        }

        context.Run.PlannedTasks.UnionWith(info.TasksToExecute.Select(t => t.Name));
        context.Run.Target = info.TargetTask.Name;
        context.Run.TimeBudget = BenchmarkBudgets.For(
            info.TargetTask.Name,
            context.Settings.TimeBudget,
            BenchmarkBudgets.GivenForThisRun(
                option => context.Arguments.HasArgument(option) ? context.Arguments.GetArgument(option) : null,
                context.Environment.GetEnvironmentVariable),
            context.Docker.DeploysServices);
        context.Log.Information(
            "QTE Build: target {0}, configuration {1}, time budget {2} s, artifacts in {3}",
            info.TargetTask.Name,
            context.Settings.Configuration,
            context.Run.TimeBudget.Limit.TotalSeconds,
            context.Paths.Artifacts.FullPath);

        if (info.TargetTask.Name is "Scale" or "Restart" && !context.Docker.DeploysServices)
        {
            throw new CakeException($"--target={info.TargetTask.Name}: changes the replicas of a Swarm service's slot in place; add --deploy-target=swarm (the environment's live slot must run on the swarm).");
        }

        // Only runs that need docker ask for it; they fail here, before any work, when no engine answers.
        var dockerTask = info.TasksToExecute.Select(t => t.Name).FirstOrDefault(name => name is "DockerImage" or "DockerPush");
        if (context.Docker.NeedsEngine || dockerTask is not null)
        {
            if (context.Docker.SwarmManager is { } manager)
            {
                // Every docker call of the run, the aliases' included, then reaches the manager.
                System.Environment.SetEnvironmentVariable("DOCKER_HOST", manager);
            }

            var version = DockerEngine.Require(context, dockerTask ?? $"--deploy-target={context.Docker.DeployTarget}");
            context.Log.Information("Docker engine {0}; deploy target: {1}", version, context.Docker.DeployTarget);
            if (context.Docker.DeploysServices)
            {
                SwarmManager.CheckReplicas(context, SwarmManager.Require(context, context.Docker.SwarmManager));
                if (info.TargetTask.Name != "Down")
                {
                    SwarmPullCheck.Require(
                        context, context.Docker.SwarmRegistry, context.Docker.Registry is { } registry ? $"--docker-registry={registry}" : $"--docker-registry (default {DockerOptions.LocalClusterRegistry})");
                }
            }
        }
    }

    public override void Teardown(BuildContext context, ITeardownContext info)
    {
        if (mode.DryRun)
        {
            return;
        }

        TearDownEnvironments(context);
        var timing = context.Run.TimingReported ? null : TimingReporter.Report(context);
        var overBudget = timing is { Verdict: Qte.Pipeline.Timing.BudgetVerdict.OverBudget } && info.Successful;

        try
        {
            // The report says why the run failed: a task's error is in its record; this is the reason outside any task.
            var failureReason = overBudget ? timing!.Message
                : info.ThrownException is { } error && context.Run.TaskErrors.Count == 0 ? TaskTimingLifetime.ErrorText(error)
                : null;
            RunReport.Write(context, info.Successful && !overBudget, failureReason);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The run's own outcome stands; a history that cannot be written is said, not fatal.
            context.Log.Warning("The run history or report could not be written: {0}", ex.Message);
        }

        // The result cache is what earlier runs stored, not this run's output.
        var manifest = ArtifactManifest.Create(context.Paths.Artifacts.FullPath, [context.Paths.Cache.GetDirectoryName()]);
        manifest.Write(context.Paths.Manifest.FullPath);
        context.Log.Information("Manifest: {0} files listed in {1}", manifest.Entries.Count, context.Paths.Manifest.FullPath);

        // The budget binds every run, whatever its target: where the Timing task did not fail it, this does.
        if (overBudget)
        {
            throw new CakeException(timing!.Message);
        }
    }

    // On CI nothing may outlive the job; locally environments stay up so that a developer can try them.
    private static void TearDownEnvironments(BuildContext context)
    {
        var onCi = string.Equals(context.Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!onCi || context.Delivery.KeepEnvironments)
        {
            return;
        }

        foreach (var environment in context.Delivered.DeployedEnvironments)
        {
            try
            {
                DeliveryServices.Deployer(context, DeliveryServices.Config(context, environment)).Down();
            }
            catch (Exception ex) when (ex is Qte.Delivery.DeliveryException or IOException)
            {
                context.Log.Warning("Could not take environment {0} down: {1}", environment, ex.Message);
            }
        }
    }
}
