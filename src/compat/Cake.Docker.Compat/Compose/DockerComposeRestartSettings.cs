namespace Cake.Docker;

/// <summary>
/// The options of <c>docker compose restart</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerComposeRestartSettings : AutoToolSettings
{
    /// <summary>Gets or sets whether to pass <c>--no-deps</c>.</summary>
    public bool? NoDeps { get; set; }

    /// <summary>Gets or sets the <c>--timeout</c> option.</summary>
    public int? Timeout { get; set; }
}
