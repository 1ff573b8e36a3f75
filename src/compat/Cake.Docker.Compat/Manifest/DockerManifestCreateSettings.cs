namespace Cake.Docker;

/// <summary>
/// The options of <c>docker manifest create</c>: each property that is set becomes its option.
/// </summary>
[Experimental]
public sealed class DockerManifestCreateSettings : AutoToolSettings
{
    /// <summary>Gets or sets whether to pass <c>--amend</c>.</summary>
    public bool? Amend { get; set; }

    /// <summary>Gets or sets whether to pass <c>--insecure</c>.</summary>
    public bool? Insecure { get; set; }
}
