// Cake.Docker declares these non-nullable and leaves them unset (null until given): so does this, so that code
// written against it compiles against the official package too.
#pragma warning disable CS8618

namespace Cake.Docker;

/// <summary>
/// The options of <c>docker buildx rm</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerBuildXRmSettings : AutoToolSettings
{
    /// <summary>Gets or sets whether to pass <c>--all-inactive</c>.</summary>
    public bool AllInactive { get; set; }

    /// <summary>Gets or sets the <c>--builder</c> option.</summary>
    public string Builder { get; set; }

    /// <summary>Gets or sets whether to pass <c>--force</c>.</summary>
    public bool Force { get; set; }

    /// <summary>Gets or sets whether to pass <c>--keep-daemon</c>.</summary>
    public bool KeepDaemon { get; set; }

    /// <summary>Gets or sets whether to pass <c>--keep-state</c>.</summary>
    public bool KeepState { get; set; }
}
