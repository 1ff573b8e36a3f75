namespace Cake.Docker;

/// <summary>
/// The options of <c>docker manifest inspect</c>: each property that is set becomes its option.
/// </summary>
[Experimental]
public sealed class DockerManifestInspectSettings : AutoToolSettings
{
    /// <summary>Gets or sets whether to pass <c>--insecure</c>.</summary>
    public bool? Insecure { get; set; }

    /// <summary>Gets or sets whether to pass <c>--verbose</c>.</summary>
    public bool? Verbose { get; set; }
}
