namespace Cake.Docker;

/// <summary>
/// The options of <c>docker rmi</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerImageRemoveSettings : AutoToolSettings
{
    /// <summary>Gets or sets whether to pass <c>--force</c>.</summary>
    public bool? Force { get; set; }

    /// <summary>Gets or sets whether to pass <c>--no-prune</c>.</summary>
    public bool? NoPrune { get; set; }
}
