namespace Cake.Docker;

/// <summary>
/// The options of <c>docker compose port</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerComposePortSettings : AutoToolSettings
{
    /// <summary>Gets or sets the <c>--index</c> option.</summary>
    public int? Index { get; set; }

    /// <summary>Gets or sets the <c>--protocol</c> option.</summary>
    public string? Protocol { get; set; }
}
