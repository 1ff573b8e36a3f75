namespace Cake.Docker;

/// <summary>
/// The options of <c>docker swarm leave</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerSwarmLeaveSettings : AutoToolSettings
{
    /// <summary>Gets or sets whether to pass <c>--force</c>.</summary>
    public bool? Force { get; set; }
}
