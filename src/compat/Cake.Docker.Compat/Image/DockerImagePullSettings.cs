// Cake.Docker declares these non-nullable and leaves them unset (null until given): so does this, so that code
// written against it compiles against the official package too.
#pragma warning disable CS8618

namespace Cake.Docker;

/// <summary>
/// The options of <c>docker pull</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerImagePullSettings : AutoToolSettings
{
    /// <summary>Gets or sets whether to pass <c>--all-tags</c>.</summary>
    public bool? AllTags { get; set; }

    /// <summary>Gets or sets <c>--disable-content-trust=true|false</c>; null leaves docker's default.</summary>
    [AutoProperty(Format = Constants.BoolWithTrueDefaultFormat)]
    public bool? DisableContentTrust { get; set; }

    /// <summary>Gets or sets the <c>--platform</c> option.</summary>
    public string Platform { get; set; }
}
