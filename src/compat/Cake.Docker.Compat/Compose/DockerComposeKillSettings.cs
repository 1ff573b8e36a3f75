namespace Cake.Docker;

/// <summary>
/// The options of <c>docker compose kill</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerComposeKillSettings : AutoToolSettings
{
    /// <summary>Gets or sets whether to pass <c>--remove-orphans</c>.</summary>
    public bool? RemoveOrphans { get; set; }

    /// <summary>Gets or sets the <c>--signal</c> option.</summary>
    public string? Signal { get; set; }
}
