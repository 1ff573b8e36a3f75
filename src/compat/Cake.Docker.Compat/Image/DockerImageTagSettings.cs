namespace Cake.Docker;

/// <summary>
/// The options of <c>docker tag</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerImageTagSettings : AutoToolSettings
{
}
