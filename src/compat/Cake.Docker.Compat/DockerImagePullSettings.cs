namespace Cake.Docker;

/// <summary>Settings for <c>docker pull [OPTIONS] NAME[:TAG|@DIGEST]</c>.</summary>
public sealed class DockerImagePullSettings : AutoToolSettings
{
    /// <summary>--all-tags: pull every tag of the repository.</summary>
    public bool? AllTags { get; set; }

    /// <summary>--disable-content-trust: skip image verification (docker's default is true).</summary>
    public bool? DisableContentTrust { get; set; }

    /// <summary>--platform: the platform to pull for.</summary>
    public string? Platform { get; set; }

    /// <summary>--quiet: suppress verbose output.</summary>
    public bool? Quiet { get; set; }
}
