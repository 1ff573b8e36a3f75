namespace Cake.Docker;

/// <summary>
/// The options of <c>docker push</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerImagePushSettings : AutoToolSettings
{
    /// <summary>Gets or sets <c>--disable-content-trust=true|false</c>; null leaves docker's default.</summary>
    [AutoProperty(Format = Constants.BoolWithTrueDefaultFormat)]
    public bool? DisableContentTrust { get; set; }

    /// <summary>Gets or sets whether to pass <c>--all-tags</c>.</summary>
    public bool AllTags { get; set; }
}
