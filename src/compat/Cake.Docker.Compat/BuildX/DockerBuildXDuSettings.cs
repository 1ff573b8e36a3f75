// Cake.Docker declares these non-nullable and leaves them unset (null until given): so does this, so that code
// written against it compiles against the official package too.
#pragma warning disable CS8618

namespace Cake.Docker;

/// <summary>
/// The options of <c>docker buildx du</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerBuildXDuSettings : AutoToolSettings
{
    /// <summary>Gets or sets the <c>--builder</c> option.</summary>
    public string Builder { get; set; }

    /// <summary>Gets or sets the <c>--filter</c> option.</summary>
    public string Filter { get; set; }

    /// <summary>Gets or sets whether to pass <c>--verbose</c>.</summary>
    public bool Verbose { get; set; }
}
