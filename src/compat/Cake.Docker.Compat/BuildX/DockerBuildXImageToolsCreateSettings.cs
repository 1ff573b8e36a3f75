// Cake.Docker declares these non-nullable and leaves them unset (null until given): so does this, so that code
// written against it compiles against the official package too.
#pragma warning disable CS8618

namespace Cake.Docker;

/// <summary>
/// The options of <c>docker buildx imagetools create</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerBuildXImageToolsCreateSettings : AutoToolSettings
{
    /// <summary>Gets or sets whether to pass <c>--append</c>.</summary>
    public bool Append { get; set; }

    /// <summary>Gets or sets the <c>--builder</c> option.</summary>
    public string Builder { get; set; }

    /// <summary>Gets or sets whether to pass <c>--dry-run</c>.</summary>
    public bool DryRun { get; set; }

    /// <summary>Gets or sets the <c>--file</c> option, given once per value.</summary>
    [AutoProperty(AutoArrayType = AutoArrayType.List)]
    public string[] File { get; set; }

    /// <summary>Gets or sets the <c>--tag</c> option, given once per value.</summary>
    [AutoProperty(AutoArrayType = AutoArrayType.List)]
    public string[] Tag { get; set; }
}
