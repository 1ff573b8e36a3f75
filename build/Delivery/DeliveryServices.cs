using Cake.Core.Diagnostics;
using Qte.Build.Docker;
using Qte.Delivery.Canary;
using Qte.Delivery.Configuration;
using Qte.Delivery.Deployment;
using Qte.Delivery.Environments;
using Qte.Delivery.Releases;
using Qte.Delivery.Routing;
using Qte.Delivery.Slots;

namespace Qte.Build.Delivery;

/// <summary>Builds the delivery library's objects for an environment from the run's paths, options and config.</summary>
public static class DeliveryServices
{
    public static ReleaseStore Releases(BuildContext context) =>
        new(context.Paths.LiveState.Combine("releases").FullPath);

    public static EnvironmentPaths PathsOf(BuildContext context, string environment) =>
        new(context.Paths.LiveState.Combine("environments").FullPath, environment);

    /// <summary>The environment's effective config; <paramref name="extraSets"/> come after the command line's --set.</summary>
    public static EnvironmentConfig Config(BuildContext context, string environment, IReadOnlyList<string>? extraSets = null) =>
        EnvironmentConfig.Load(
            context.Paths.EnvironmentsConfig.FullPath,
            "build/config/environments",
            environment,
            context.Delivery.Profile,
            [.. context.Delivery.Sets, .. extraSets ?? []],
            (context.Paths.MonitoringConfigFile.FullPath, "build/config/monitoring.json"));

    /// <summary>
    /// New slots as processes or, with --deploy-target=docker, as containers of the release's image, or with
    /// --deploy-target=swarm, as Swarm services of that image pushed to the registry the nodes pull from; a slot is
    /// always stopped the way it was started. Nothing here calls docker until a container or service slot is started or stopped.
    /// </summary>
    public static ISlotRunner SlotRunner(BuildContext context, EnvironmentPaths paths, DeploymentSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var processes = new ProcessSlotRunner();
        var containers = new ContainerSlotRunner(
            new CakeContainerEngine(context), release => ReleaseImages.Ensure(context, release), settings.Environment, [paths.Experiments]);
        var services = new SwarmSlotRunner(
            new CakeSwarmEngine(context),
            release => ReleaseImages.EnsureInRegistry(context, release, context.Docker.SwarmRegistry),
            settings.Environment,
            [paths.Experiments],
            settings.Replicas,
            settings.Drain,
            // A node pulls the release's layers before its replica starts: the first deploy of a release takes longer.
            settings.ReadyTimeout + SwarmSlotRunner.PullAllowance,
            SwarmSlotRunner.StopDelayFor(settings.HealthCheckInterval, settings.Drain));
        ISlotRunner target = context.Docker.DeployTarget switch
        {
            DockerOptions.DockerTarget => containers,
            DockerOptions.SwarmTarget => services,
            _ => processes,
        };
        return new SlotRunners(target, processes, containers, services);
    }

    /// <param name="onStepJudged">Sees each judged canary step with its samples (the canary benchmark keeps them).</param>
    /// <param name="onSwitchStarting">Hears a blue-green switch start, with its target slot (the delivery benchmark times it).</param>
    /// <param name="onSwitched">Hears the router take the switch's table.</param>
    public static Deployer Deployer(
        BuildContext context, EnvironmentConfig config, Action<StepWindow>? onStepJudged = null, Action<string>? onSwitchStarting = null, Action<string>? onSwitched = null)
    {
        var paths = PathsOf(context, config.Environment);
        var log = (string message) => context.Log.Information("  {0}", message);
        var settings = config.ToDeploymentSettings();
        return new Deployer(
            paths,
            Releases(context),
            SlotRunner(context, paths, settings),
            new RouterProcess(paths, context.Paths.Publish.Combine("router").FullPath, log),
            settings,
            log)
        {
            StepWindowJudged = onStepJudged,
            SwitchStarting = onSwitchStarting,
            Switched = onSwitched,
            ConfigIdentity = ConfigIdentity(context, config),
            Redeploy = context.Delivery.Redeploy || BenchmarkBudgets.IsBenchmark(context.Run.Target),
        };
    }

    /// <summary>
    /// The SHA-256 of the effective config (secrets by name only) and of the deploy target (processes, containers or services):
    /// what a deployment is recorded under, so that the same release under other settings deploys again.
    /// </summary>
    public static string ConfigIdentity(BuildContext context, EnvironmentConfig config) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            $"{DeployedAs(context)}\n{config.ToRedactedJson(_ => null).ToString(Newtonsoft.Json.Formatting.None)}")));

    /// <summary>How the run's slots run, in words: processes, containers or services.</summary>
    public static string DeployedAs(BuildContext context) => context.Docker.DeployTarget switch
    {
        DockerOptions.DockerTarget => "containers",
        DockerOptions.SwarmTarget => "services",
        _ => "processes",
    };
}
