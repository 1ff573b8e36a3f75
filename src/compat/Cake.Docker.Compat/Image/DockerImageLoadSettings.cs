namespace Cake.Docker;

/// <summary>
/// The options of <c>docker load</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerImageLoadSettings : AutoToolSettings
{
    /// <summary>Gets or sets the <c>--input</c> option.</summary>
    public string? Input { get; set; }

    /// <summary>Gets or sets whether to pass <c>--quiet</c>.</summary>
    public bool? Quiet { get; set; }
}
