namespace Cake.Docker;

/// <summary>
/// The options of <c>docker compose pull</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerComposePullSettings : AutoToolSettings
{
    /// <summary>Gets or sets whether to pass <c>--ignore-buildable</c>.</summary>
    public bool? IgnoreBuildable { get; set; }

    /// <summary>Gets or sets whether to pass <c>--ignore-pull-failures</c>.</summary>
    public bool? IgnorePullFailures { get; set; }

    /// <summary>Gets or sets whether to pass <c>--include-deps</c>.</summary>
    public bool? IncludeDeps { get; set; }

    /// <summary>Gets or sets the <c>--policy</c> option.</summary>
    public string? Policy { get; set; }

    /// <summary>Gets or sets whether to pass <c>--quiet</c>.</summary>
    public bool? Quiet { get; set; }
}
