namespace Cake.Docker;

/// <summary>
/// The options of <c>docker manifest push</c>: each property that is set becomes its option.
/// </summary>
[Experimental]
public sealed class DockerManifestPushSettings : AutoToolSettings
{
    /// <summary>Gets or sets whether to pass <c>--insecure</c>.</summary>
    public bool? Insecure { get; set; }

    /// <summary>Gets or sets whether to pass <c>--purge</c>.</summary>
    public bool? Purge { get; set; }
}
