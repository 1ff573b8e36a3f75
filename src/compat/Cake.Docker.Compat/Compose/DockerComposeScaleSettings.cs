namespace Cake.Docker;

/// <summary>
/// The options of <c>docker compose scale</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerComposeScaleSettings : AutoToolSettings
{
    /// <summary>Gets or sets whether to pass <c>--no-deps</c>.</summary>
    public bool? NoDeps { get; set; }
}
