namespace Cake.Docker;

/// <summary>
/// The options of <c>docker volume ls</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerVolumeLsSettings : AutoToolSettings
{
    /// <summary>Gets or sets the <c>--format</c> option.</summary>
    public string? Format { get; set; }

    /// <summary>Gets or sets the <c>--filter</c> option.</summary>
    public string? Filter { get; set; }

    /// <summary>Gets or sets whether to pass <c>--quiet</c>.</summary>
    public bool Quiet { get; set; }
}
