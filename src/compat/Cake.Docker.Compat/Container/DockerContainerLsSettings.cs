// Cake.Docker declares these non-nullable and leaves them unset (null until given): so does this, so that code
// written against it compiles against the official package too.
#pragma warning disable CS8618

namespace Cake.Docker;

/// <summary>
/// The options of <c>docker container ls</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerContainerLsSettings : AutoToolSettings
{
    /// <summary>Gets or sets whether to pass <c>--all</c>.</summary>
    public bool All { get; set; }

    /// <summary>Gets or sets the <c>--filter</c> option.</summary>
    public string Filter { get; set; }

    /// <summary>Gets or sets the <c>--format</c> option.</summary>
    public string Format { get; set; }

    /// <summary>Gets or sets the <c>--last</c> option.</summary>
    public int Last { get; set; }

    /// <summary>Gets or sets whether to pass <c>--latest</c>.</summary>
    public bool Latest { get; set; }

    /// <summary>Gets or sets whether to pass <c>--no-trunc</c>.</summary>
    public bool NoTrunc { get; set; }

    /// <summary>Gets or sets whether to pass <c>--quiet</c>.</summary>
    public bool Quiet { get; set; }

    /// <summary>Gets or sets whether to pass <c>--size</c>.</summary>
    public bool Size { get; set; }
}
