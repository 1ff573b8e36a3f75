namespace Cake.Docker;

/// <summary>
/// The options of <c>docker compose create</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerComposeCreateSettings : AutoToolSettings
{
    /// <summary>Gets or sets whether to pass <c>--build</c>.</summary>
    public bool? Build { get; set; }

    /// <summary>Gets or sets whether to pass <c>--force-recreate</c>.</summary>
    public bool? ForceRecreate { get; set; }

    /// <summary>Gets or sets whether to pass <c>--no-build</c>.</summary>
    public bool? NoBuild { get; set; }

    /// <summary>Gets or sets whether to pass <c>--no-recreate</c>.</summary>
    public bool? NoRecreate { get; set; }

    /// <summary>Gets or sets the <c>--pull</c> option.</summary>
    public string? Pull { get; set; }

    /// <summary>Gets or sets whether to pass <c>--remove-orphans</c>.</summary>
    public bool? RemoveOrphans { get; set; }

    /// <summary>Gets or sets whether to pass <c>--scale</c>.</summary>
    public bool? Scale { get; set; }
}
