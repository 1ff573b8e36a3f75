namespace Cake.Docker;

/// <summary>
/// The options of <c>docker buildx ls</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerBuildXLsSettings : AutoToolSettings
{
    /// <summary>Gets or sets the <c>--builder</c> option.</summary>
    public string? Builder { get; set; }
}
