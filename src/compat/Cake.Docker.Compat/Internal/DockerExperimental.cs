using Cake.Core.IO;

namespace Cake.Docker.Internal;

/// <summary>
/// Cake.Docker runs the commands of settings marked <see cref="ExperimentalAttribute"/> (docker manifest) with the
/// CLI's experimental switch on.
/// </summary>
internal static class DockerExperimental
{
    public static ProcessSettings ProcessSettings<TSettings>() =>
        typeof(TSettings).IsDefined(typeof(ExperimentalAttribute), inherit: true)
            ? new ProcessSettings { EnvironmentVariables = new Dictionary<string, string>(StringComparer.Ordinal) { ["DOCKER_CLI_EXPERIMENTAL"] = "enabled" } }
            : new ProcessSettings();
}
