namespace Cake.Docker;

/// <summary>
/// The options of <c>docker compose build</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerComposeBuildSettings : AutoToolSettings
{
    /// <summary>Gets or sets the <c>--build-arg</c> option, given once per value.</summary>
    [AutoProperty(AutoArrayType = AutoArrayType.List)]
    public string[]? BuildArg { get; set; }

    /// <summary>Gets or sets the <c>--builder</c> option.</summary>
    public string? Builder { get; set; }

    /// <summary>Gets or sets the <c>--memory</c> option.</summary>
    public int? Memory { get; set; }

    /// <summary>Gets or sets whether to pass <c>--no-cache</c>.</summary>
    public bool? NoCache { get; set; }

    /// <summary>Gets or sets whether to pass <c>--pull</c>.</summary>
    public bool? Pull { get; set; }

    /// <summary>Gets or sets whether to pass <c>--push</c>.</summary>
    public bool? Push { get; set; }

    /// <summary>Gets or sets whether to pass <c>--quiet</c>.</summary>
    public bool? Quiet { get; set; }

    /// <summary>Gets or sets the <c>--ssh</c> option.</summary>
    public string? Ssh { get; set; }

    /// <summary>Gets or sets whether to pass <c>--with-dependencies</c>.</summary>
    public bool? WithDependencies { get; set; }
}
