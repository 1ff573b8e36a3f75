namespace Cake.Docker;

/// <summary>
/// The options of <c>docker compose ps</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerComposePsSettings : AutoToolSettings
{
    /// <summary>Gets or sets whether to pass <c>--all</c>.</summary>
    public bool? All { get; set; }

    /// <summary>Gets or sets the <c>--filter</c> option.</summary>
    [AutoProperty(Format = "--filter {1}")]
    public string[]? Filter { get; set; }

    /// <summary>Gets or sets the <c>--format</c> option.</summary>
    public string? Format { get; set; }

    /// <summary>Gets or sets whether to pass <c>--no-trunc</c>.</summary>
    public bool? NoTrunc { get; set; }

    /// <summary>Gets or sets whether to pass <c>--orphans</c>.</summary>
    public bool? Orphans { get; set; }

    /// <summary>Gets or sets whether to pass <c>--quiet</c>.</summary>
    public bool? Quiet { get; set; }

    /// <summary>Gets or sets whether to pass <c>--services</c>.</summary>
    public bool? Services { get; set; }

    /// <summary>Gets or sets the <c>--status</c> option, given once per value.</summary>
    [AutoProperty(AutoArrayType = AutoArrayType.List)]
    public string[]? Status { get; set; }
}
