// Cake.Docker declares these non-nullable and leaves them unset (null until given): so does this, so that code
// written against it compiles against the official package too.
#pragma warning disable CS8618

namespace Cake.Docker;

/// <summary>
/// The options of <c>docker manifest annotate</c>: each property that is set becomes its option.
/// </summary>
[Experimental]
public sealed class DockerManifestAnnotateSettings : AutoToolSettings
{
    /// <summary>Gets or sets the <c>--arch</c> option.</summary>
    public string Arch { get; set; }

    /// <summary>Gets or sets the <c>--os</c> option.</summary>
    public string Os { get; set; }

    /// <summary>Gets or sets the <c>--os-features</c> option.</summary>
    public string OsFeatures { get; set; }

    /// <summary>Gets or sets the <c>--variant</c> option.</summary>
    public string Variant { get; set; }
}
