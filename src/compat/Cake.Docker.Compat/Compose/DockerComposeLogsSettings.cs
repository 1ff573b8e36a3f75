namespace Cake.Docker;

/// <summary>
/// The options of <c>docker compose logs</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerComposeLogsSettings : AutoToolSettings
{
    /// <summary>Gets or sets whether to pass <c>--follow</c>.</summary>
    public bool? Follow { get; set; }

    /// <summary>Gets or sets the <c>--index</c> option.</summary>
    public int? Index { get; set; }

    /// <summary>Gets or sets whether to pass <c>--no-color</c>.</summary>
    public bool? NoColor { get; set; }

    /// <summary>Gets or sets whether to pass <c>--no-log-prefix</c>.</summary>
    public bool? NoLogPrefix { get; set; }

    /// <summary>Gets or sets the <c>--since</c> option.</summary>
    public string? Since { get; set; }

    /// <summary>Gets or sets the <c>--tail</c> option.</summary>
    public string? Tail { get; set; }

    /// <summary>Gets or sets whether to pass <c>--timestamps</c>.</summary>
    public bool? Timestamps { get; set; }

    /// <summary>Gets or sets the <c>--until</c> option.</summary>
    public string? Until { get; set; }
}
