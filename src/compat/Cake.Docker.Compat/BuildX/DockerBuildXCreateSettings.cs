// Cake.Docker declares these non-nullable and leaves them unset (null until given): so does this, so that code
// written against it compiles against the official package too.
#pragma warning disable CS8618

namespace Cake.Docker;

/// <summary>
/// The options of <c>docker buildx create</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerBuildXCreateSettings : AutoToolSettings
{
    /// <summary>Gets or sets whether to pass <c>--append</c>.</summary>
    public bool Append { get; set; }

    /// <summary>Gets or sets whether to pass <c>--bootstrap</c>.</summary>
    public bool Bootstrap { get; set; }

    /// <summary>Gets or sets the <c>--builder</c> option.</summary>
    public string Builder { get; set; }

    /// <summary>Gets or sets the <c>--buildkitd-flags</c> option.</summary>
    public string BuildkitdFlags { get; set; }

    /// <summary>Gets or sets the <c>--config</c> option.</summary>
    public string Config { get; set; }

    /// <summary>Gets or sets the <c>--driver</c> option.</summary>
    public string Driver { get; set; }

    /// <summary>Gets or sets the <c>--driver-opt</c> option, given once per value.</summary>
    [AutoProperty(AutoArrayType = AutoArrayType.List)]
    public string[] DriverOpt { get; set; }

    /// <summary>Gets or sets whether to pass <c>--leave</c>.</summary>
    public bool Leave { get; set; }

    /// <summary>Gets or sets the <c>--name</c> option.</summary>
    public string Name { get; set; }

    /// <summary>Gets or sets the <c>--node</c> option.</summary>
    public string Node { get; set; }

    /// <summary>Gets or sets the <c>--platform</c> option, given once per value.</summary>
    [AutoProperty(AutoArrayType = AutoArrayType.List)]
    public string[] Platform { get; set; }

    /// <summary>Gets or sets whether to pass <c>--use</c>.</summary>
    public bool Use { get; set; }
}
