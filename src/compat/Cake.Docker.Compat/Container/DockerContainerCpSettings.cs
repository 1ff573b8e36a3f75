namespace Cake.Docker;

/// <summary>
/// The options of <c>docker cp</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerContainerCpSettings : AutoToolSettings
{
    /// <summary>Gets or sets whether to pass <c>--archive</c>.</summary>
    public bool? Archive { get; set; }

    /// <summary>Gets or sets whether to pass <c>--follow-link</c>.</summary>
    public bool? FollowLink { get; set; }
}
