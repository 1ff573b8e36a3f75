namespace Cake.Docker;

/// <summary>
/// The options of <c>docker volume inspect</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerVolumeInspectSettings : AutoToolSettings
{
    /// <summary>Gets or sets the <c>--format</c> option.</summary>
    public string? Format { get; set; }
}
