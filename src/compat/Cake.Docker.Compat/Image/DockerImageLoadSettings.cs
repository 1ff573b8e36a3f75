// Cake.Docker declares these non-nullable and leaves them unset (null until given): so does this, so that code
// written against it compiles against the official package too.
#pragma warning disable CS8618

namespace Cake.Docker;

/// <summary>
/// The options of <c>docker load</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerImageLoadSettings : AutoToolSettings
{
    /// <summary>Gets or sets the <c>--input</c> option.</summary>
    public string Input { get; set; }

    /// <summary>Gets or sets whether to pass <c>--quiet</c>.</summary>
    public bool? Quiet { get; set; }
}
