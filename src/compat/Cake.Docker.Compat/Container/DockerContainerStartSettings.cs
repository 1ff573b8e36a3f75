// Cake.Docker declares these non-nullable and leaves them unset (null until given): so does this, so that code
// written against it compiles against the official package too.
#pragma warning disable CS8618

namespace Cake.Docker;

/// <summary>
/// The options of <c>docker start</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerContainerStartSettings : AutoToolSettings
{
    /// <summary>Gets or sets whether to pass <c>--attach</c>.</summary>
    public bool? Attach { get; set; }

    /// <summary>Gets or sets the <c>--checkpoint</c> option.</summary>
    public string Checkpoint { get; set; }

    /// <summary>Gets or sets the <c>--checkpoint-dir</c> option.</summary>
    public string CheckpointDir { get; set; }

    /// <summary>Gets or sets the <c>--detach-keys</c> option.</summary>
    public string DetachKeys { get; set; }

    /// <summary>Gets or sets whether to pass <c>--interactive</c>.</summary>
    public bool? Interactive { get; set; }
}
