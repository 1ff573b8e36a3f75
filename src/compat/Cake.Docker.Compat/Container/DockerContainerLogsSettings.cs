// Cake.Docker declares these non-nullable and leaves them unset (null until given): so does this, so that code
// written against it compiles against the official package too.
#pragma warning disable CS8618

namespace Cake.Docker;

/// <summary>
/// The options of <c>docker logs</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerContainerLogsSettings : AutoToolSettings
{
    /// <summary>Gets or sets whether to pass <c>--details</c>.</summary>
    public bool? Details { get; set; }

    /// <summary>Gets or sets whether to pass <c>--follow</c>.</summary>
    public bool? Follow { get; set; }

    /// <summary>Gets or sets the <c>--since</c> option.</summary>
    public string Since { get; set; }

    /// <summary>Gets or sets the <c>--tail</c> option.</summary>
    public string Tail { get; set; }

    /// <summary>Gets or sets whether to pass <c>--timestamps</c>.</summary>
    public bool? Timestamps { get; set; }

    /// <summary>Gets or sets the <c>--until</c> option.</summary>
    public string Until { get; set; }
}
