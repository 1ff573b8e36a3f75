namespace Cake.Docker;

/// <summary>
/// The options of <c>docker compose down</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerComposeDownSettings : AutoToolSettings
{
    /// <summary>Gets or sets whether to pass <c>--remove-orphans</c>.</summary>
    public bool? RemoveOrphans { get; set; }

    /// <summary>Gets or sets the <c>--rmi</c> option.</summary>
    public string? Rmi { get; set; }

    /// <summary>Gets or sets the <c>--timeout</c> option.</summary>
    public int? Timeout { get; set; }

    /// <summary>Gets or sets whether to pass <c>--volumes</c>.</summary>
    public bool? Volumes { get; set; }
}
