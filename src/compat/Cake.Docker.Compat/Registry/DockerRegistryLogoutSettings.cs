namespace Cake.Docker;

/// <summary>
/// The options of <c>docker logout</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerRegistryLogoutSettings : AutoToolSettings
{
}
