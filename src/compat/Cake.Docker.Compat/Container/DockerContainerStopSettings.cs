namespace Cake.Docker;

/// <summary>
/// The options of <c>docker stop</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerContainerStopSettings : AutoToolSettings
{
    /// <summary>Gets or sets the <c>--time</c> option.</summary>
    public int? Time { get; set; }
}
