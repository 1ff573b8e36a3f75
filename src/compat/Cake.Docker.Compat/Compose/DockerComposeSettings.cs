namespace Cake.Docker;

/// <summary>
/// The options of <c>docker compose</c>: each property that is set becomes its option.
/// </summary>
public class DockerComposeSettings : AutoToolSettings
{
    /// <summary>Gets or sets the <c>--ansi</c> option.</summary>
    public string? Ansi { get; set; }

    /// <summary>Gets or sets whether to pass <c>--compatibility</c>.</summary>
    public bool Compatibility { get; set; }

    /// <summary>Gets or sets whether to pass <c>--dry-run</c>.</summary>
    public bool DryRun { get; set; }

    /// <summary>Gets or sets the <c>--env-file</c> option, given once per value.</summary>
    [AutoProperty(AutoArrayType = AutoArrayType.List)]
    public string[]? EnvFile { get; set; }

    /// <summary>Gets or sets the <c>--file</c> option, given once per value.</summary>
    [AutoProperty(AutoArrayType = AutoArrayType.List)]
    public string[]? File { get; set; }

    /// <summary>Gets or sets the <c>--parallel</c> option.</summary>
    public int? Parallel { get; set; }

    /// <summary>Gets or sets the <c>--profile</c> option, given once per value.</summary>
    [AutoProperty(AutoArrayType = AutoArrayType.List)]
    public string[]? Profile { get; set; }

    /// <summary>Gets or sets the <c>--progress</c> option.</summary>
    public string? Progress { get; set; }

    /// <summary>Gets or sets the <c>--project-directory</c> option.</summary>
    public string? ProjectDirectory { get; set; }

    /// <summary>Gets or sets the <c>--project-name</c> option.</summary>
    public string? ProjectName { get; set; }
}
