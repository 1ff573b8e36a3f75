namespace Cake.Docker;

/// <summary>
/// Settings of DockerCustomCommand: no docker options, only the Cake tool settings every alias has (tool path, environment, ...).
/// </summary>
public sealed class DockerCustomCommandSettings : AutoToolSettings
{
}
