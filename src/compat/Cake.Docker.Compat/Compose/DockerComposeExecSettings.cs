namespace Cake.Docker;

/// <summary>
/// The options of <c>docker compose exec</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerComposeExecSettings : AutoToolSettings
{
    /// <summary>Gets or sets whether to pass <c>--detach</c>.</summary>
    public bool? Detach { get; set; }

    /// <summary>Gets or sets the <c>--env</c> option, given once per value.</summary>
    [AutoProperty(AutoArrayType = AutoArrayType.List)]
    public string[]? Env { get; set; }

    /// <summary>Gets or sets the <c>--index</c> option.</summary>
    public int? Index { get; set; }

    /// <summary>Gets or sets whether to pass <c>--no-t-t-y</c>.</summary>
    public bool? NoTTY { get; set; }

    /// <summary>Gets or sets whether to pass <c>--privileged</c>.</summary>
    public bool? Privileged { get; set; }

    /// <summary>Gets or sets the <c>--user</c> option.</summary>
    public string? User { get; set; }

    /// <summary>Gets or sets the <c>--workdir</c> option.</summary>
    public string? Workdir { get; set; }
}
