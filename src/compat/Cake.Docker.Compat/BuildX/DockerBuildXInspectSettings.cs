namespace Cake.Docker;

/// <summary>
/// The options of <c>docker buildx inspect</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerBuildXInspectSettings : AutoToolSettings
{
    /// <summary>Gets or sets whether to pass <c>--bootstrap</c>.</summary>
    public bool Bootstrap { get; set; }

    /// <summary>Gets or sets the <c>--builder</c> option.</summary>
    public string? Builder { get; set; }
}
