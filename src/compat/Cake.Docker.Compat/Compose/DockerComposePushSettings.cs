namespace Cake.Docker;

/// <summary>
/// The options of <c>docker compose push</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerComposePushSettings : AutoToolSettings
{
    /// <summary>Gets or sets whether to pass <c>--ignore-push-failures</c>.</summary>
    public bool? IgnorePushFailures { get; set; }

    /// <summary>Gets or sets whether to pass <c>--include-deps</c>.</summary>
    public bool? IncludeDeps { get; set; }

    /// <summary>Gets or sets whether to pass <c>--quiet</c>.</summary>
    public bool? Quiet { get; set; }
}
