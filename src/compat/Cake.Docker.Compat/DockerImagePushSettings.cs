namespace Cake.Docker;

/// <summary>Settings for <c>docker push [OPTIONS] NAME[:TAG]</c>.</summary>
public sealed class DockerImagePushSettings : AutoToolSettings
{
    /// <summary>--all-tags: push every tag of the repository.</summary>
    public bool? AllTags { get; set; }

    /// <summary>--disable-content-trust: skip image signing (docker's default is true).</summary>
    public bool? DisableContentTrust { get; set; }
}
