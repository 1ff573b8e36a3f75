using System.Text.RegularExpressions;
using Cake.Core;
using Qte.Pipeline.Settings;

namespace Qte.Build.Docker;

/// <summary>
/// The container options of a run: --deploy-target (process, the default, or docker: the slots of every
/// environment the run deploys run as containers), --docker-base-image (or QTE_DOCKER_BASE_IMAGE) and
/// DockerPush's --docker-registry (host[:port][/path]).
/// </summary>
public sealed partial record DockerOptions(string DeployTarget, string? BaseImage, string? Registry)
{
    public const string ProcessTarget = "process";
    public const string DockerTarget = "docker";

    public bool DeploysContainers => DeployTarget == DockerTarget;

    public static DockerOptions Read(ICakeContext context)
    {
        string? Option(string name) => context.Arguments.HasArgument(name) ? context.Arguments.GetArgument(name) : null;
        var target = Option("deploy-target") ?? ProcessTarget;
        if (target is not (ProcessTarget or DockerTarget))
        {
            throw new SettingsException($"--deploy-target: '{target}' is not a deploy target. Allowed: {ProcessTarget} (local processes), {DockerTarget} (containers).");
        }

        var registry = Option("docker-registry");
        if (registry is not null && !RegistryPattern().IsMatch(registry))
        {
            throw new SettingsException($"--docker-registry: '{registry}' is not a registry address. Allowed: host[:port][/path], e.g. 127.0.0.1:5000.");
        }

        var baseImage = Option("docker-base-image") ?? context.Environment.GetEnvironmentVariable("QTE_DOCKER_BASE_IMAGE");
        return new DockerOptions(target, string.IsNullOrEmpty(baseImage) ? null : baseImage, registry);
    }

    [GeneratedRegex(@"^[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[a-z0-9._/-]+)?$")]
    private static partial Regex RegistryPattern();
}
