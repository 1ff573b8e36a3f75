// Cake.Docker declares these non-nullable and leaves them unset (null until given): so does this, so that code
// written against it compiles against the official package too.
#pragma warning disable CS8618

namespace Cake.Docker;

/// <summary>
/// The options of <c>docker buildx bake</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerBuildXBakeSettings : AutoToolSettings
{
    /// <summary>Gets or sets the <c>--builder</c> option.</summary>
    public string? Builder { get; set; }

    /// <summary>Gets or sets the <c>--file</c> option, given once per value.</summary>
    [AutoProperty(AutoArrayType = AutoArrayType.List)]
    public string[] File { get; set; }

    /// <summary>Gets or sets whether to pass <c>--load</c>.</summary>
    public bool Load { get; set; }

    /// <summary>Gets or sets the <c>--metadata-file</c> option.</summary>
    public string? MetadataFile { get; set; }

    /// <summary>Gets or sets whether to pass <c>--no-cache</c>.</summary>
    public bool NoCache { get; set; }

    /// <summary>Gets or sets whether to pass <c>--print</c>.</summary>
    public bool Print { get; set; }

    /// <summary>Gets or sets the <c>--progress</c> option.</summary>
    public string? Progress { get; set; }

    /// <summary>Gets or sets whether to pass <c>--pull</c>.</summary>
    public bool Pull { get; set; }

    /// <summary>Gets or sets whether to pass <c>--push</c>.</summary>
    public bool Push { get; set; }

    /// <summary>Gets or sets the <c>--set</c> option, given once per value.</summary>
    [AutoProperty(AutoArrayType = AutoArrayType.List)]
    public string[] Set { get; set; }
}
