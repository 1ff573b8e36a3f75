using System.Text.RegularExpressions;
using Cake.Core;
using Qte.Pipeline.Settings;

namespace Qte.Build.Docker;

/// <summary>
/// The container options of a run: --deploy-target (process, the default; docker: the slots of every environment
/// the run deploys run as containers; swarm: as Docker Swarm services), --docker-base-image (or
/// QTE_DOCKER_BASE_IMAGE), --docker-registry (host[:port][/path]: where DockerPush pushes, and where the swarm's
/// nodes pull from, 127.0.0.1:5000 by default) and --swarm-manager (the manager's DOCKER_HOST address).
/// </summary>
public sealed partial record DockerOptions(string DeployTarget, string? BaseImage, string? Registry, string? SwarmManager = null)
{
    public const string ProcessTarget = "process";
    public const string DockerTarget = "docker";
    public const string SwarmTarget = "swarm";

    /// <summary>Where the swarm's nodes pull release images from when no --docker-registry is given: the local cluster's.</summary>
    public const string LocalClusterRegistry = "127.0.0.1:5000";

    public bool DeploysContainers => DeployTarget == DockerTarget;

    public bool DeploysServices => DeployTarget == SwarmTarget;

    /// <summary>Whether slots need a Docker engine: as containers or as services.</summary>
    public bool NeedsEngine => DeploysContainers || DeploysServices;

    public static DockerOptions Read(ICakeContext context)
    {
        string? Option(string name) => context.Arguments.HasArgument(name) ? context.Arguments.GetArgument(name) : null;
        var target = Option("deploy-target") ?? ProcessTarget;
        if (target is not (ProcessTarget or DockerTarget or SwarmTarget))
        {
            throw new SettingsException(
                $"--deploy-target: '{target}' is not a deploy target. Allowed: {ProcessTarget} (local processes), {DockerTarget} (containers), {SwarmTarget} (Docker Swarm services).");
        }

        var manager = Option("swarm-manager");
        if (manager is not null && !ManagerPattern().IsMatch(manager))
        {
            throw new SettingsException($"--swarm-manager: '{manager}' is not a Docker host address. Allowed: unix:///path, tcp://host:port or ssh://[user@]host, as DOCKER_HOST takes it.");
        }

        if (manager is not null && target != SwarmTarget)
        {
            throw new SettingsException($"--swarm-manager: only with --deploy-target={SwarmTarget} (this run's deploy target is {target}).");
        }

        var registry = Option("docker-registry");
        if (registry is not null && !RegistryPattern().IsMatch(registry))
        {
            throw new SettingsException($"--docker-registry: '{registry}' is not a registry address. Allowed: host[:port][/path], e.g. 127.0.0.1:5000.");
        }

        var baseImage = Option("docker-base-image") ?? context.Environment.GetEnvironmentVariable("QTE_DOCKER_BASE_IMAGE");
        return new DockerOptions(target, string.IsNullOrEmpty(baseImage) ? null : baseImage, registry, manager);
    }

    /// <summary>The registry the swarm's nodes pull from: --docker-registry, else the local cluster's.</summary>
    public string SwarmRegistry => Registry ?? LocalClusterRegistry;

    [GeneratedRegex(@"^(unix:///\S+|tcp://[A-Za-z0-9.-]+:[0-9]{1,5}|ssh://([A-Za-z0-9._-]+@)?[A-Za-z0-9.-]+(:[0-9]{1,5})?)$")]
    private static partial Regex ManagerPattern();

    [GeneratedRegex(@"^[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[a-z0-9._/-]+)?$")]
    private static partial Regex RegistryPattern();
}
