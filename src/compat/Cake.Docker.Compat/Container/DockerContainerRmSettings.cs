namespace Cake.Docker;

/// <summary>
/// The options of <c>docker rm</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerContainerRmSettings : AutoToolSettings
{
    /// <summary>Gets or sets whether to pass <c>--force</c>.</summary>
    public bool? Force { get; set; }

    /// <summary>Gets or sets whether to pass <c>--link</c>.</summary>
    public bool? Link { get; set; }

    /// <summary>Gets or sets whether to pass <c>--volumes</c>.</summary>
    public bool? Volumes { get; set; }
}
