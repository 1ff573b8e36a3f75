namespace Cake.Docker;

/// <summary>
/// The options of <c>docker network rm</c>. Cake.Docker's DockerNetworkRemove runs with EmptySettings instead, and so does this; the class is kept as part of its API.
/// </summary>
public sealed class DockerNetworkRemoveSettings : AutoToolSettings
{
}
