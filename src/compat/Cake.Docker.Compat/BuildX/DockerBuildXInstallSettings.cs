namespace Cake.Docker;

/// <summary>
/// The options of <c>docker buildx install</c>: each property that is set becomes its option.
/// </summary>
public class DockerBuildXInstallSettings : AutoToolSettings
{
    /// <summary>Gets or sets the <c>--builder</c> option.</summary>
    public string? Builder { get; set; }
}
