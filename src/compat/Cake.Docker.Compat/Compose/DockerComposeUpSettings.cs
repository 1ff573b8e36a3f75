namespace Cake.Docker;

/// <summary>
/// The options of <c>docker compose up</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerComposeUpSettings : AutoToolSettings
{
    /// <summary>Gets or sets whether to pass <c>--abort-on-container-exit</c>.</summary>
    public bool? AbortOnContainerExit { get; set; }

    /// <summary>Gets or sets whether to pass <c>--always-recreate-deps</c>.</summary>
    public bool? AlwaysRecreateDeps { get; set; }

    /// <summary>Gets or sets the <c>--attach</c> option, given once per value.</summary>
    [AutoProperty(AutoArrayType = AutoArrayType.List)]
    public string[]? Attach { get; set; }

    /// <summary>Gets or sets whether to pass <c>--attach-dependencies</c>.</summary>
    public bool? AttachDependencies { get; set; }

    /// <summary>Gets or sets whether to pass <c>--build</c>.</summary>
    public bool? Build { get; set; }

    /// <summary>Gets or sets whether to pass <c>--detach</c>.</summary>
    public bool? Detach { get; set; }

    /// <summary>Gets or sets the <c>--exit-code-from</c> option.</summary>
    public string? ExitCodeFrom { get; set; }

    /// <summary>Gets or sets whether to pass <c>--force-recreate</c>.</summary>
    public bool? ForceRecreate { get; set; }

    /// <summary>Gets or sets the <c>--no-attach</c> option, given once per value.</summary>
    [AutoProperty(AutoArrayType = AutoArrayType.List)]
    public string[]? NoAttach { get; set; }

    /// <summary>Gets or sets whether to pass <c>--no-build</c>.</summary>
    public bool? NoBuild { get; set; }

    /// <summary>Gets or sets whether to pass <c>--no-color</c>.</summary>
    public bool? NoColor { get; set; }

    /// <summary>Gets or sets whether to pass <c>--no-deps</c>.</summary>
    public bool? NoDeps { get; set; }

    /// <summary>Gets or sets whether to pass <c>--no-log-prefix</c>.</summary>
    public bool? NoLogPrefix { get; set; }

    /// <summary>Gets or sets whether to pass <c>--no-recreate</c>.</summary>
    public bool? NoRecreate { get; set; }

    /// <summary>Gets or sets whether to pass <c>--no-start</c>.</summary>
    public bool? NoStart { get; set; }

    /// <summary>Gets or sets the <c>--pull</c> option.</summary>
    public string? Pull { get; set; }

    /// <summary>Gets or sets whether to pass <c>--quiet-pull</c>.</summary>
    public bool? QuietPull { get; set; }

    /// <summary>Gets or sets whether to pass <c>--remove-orphans</c>.</summary>
    public bool? RemoveOrphans { get; set; }

    /// <summary>Gets or sets whether to pass <c>--renew-anon-volumes</c>.</summary>
    public bool? RenewAnonVolumes { get; set; }

    /// <summary>Gets or sets whether to pass <c>--scale</c>.</summary>
    public bool? Scale { get; set; }

    /// <summary>Gets or sets the <c>--timeout</c> option.</summary>
    public int? Timeout { get; set; }

    /// <summary>Gets or sets whether to pass <c>--timestamps</c>.</summary>
    public bool? Timestamps { get; set; }

    /// <summary>Gets or sets whether to pass <c>--wait</c>.</summary>
    public bool? Wait { get; set; }

    /// <summary>Gets or sets the <c>--wait-timeout</c> option.</summary>
    public int? WaitTimeout { get; set; }
}
