namespace Cake.Docker;

/// <summary>
/// The options of <c>docker compose stop</c>. Cake.Docker's DockerComposeStop takes DockerComposeBuildSettings instead, and so does this; the class is kept as part of its API.
/// </summary>
public sealed class DockerComposeStopSettings : AutoToolSettings
{
    /// <summary>Gets or sets the <c>--timeout</c> option.</summary>
    public int? Timeout { get; set; }
}
