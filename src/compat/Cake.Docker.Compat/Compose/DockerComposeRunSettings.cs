namespace Cake.Docker;

/// <summary>
/// The options of <c>docker compose run</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerComposeRunSettings : AutoToolSettings
{
    /// <summary>Gets or sets whether to pass <c>--build</c>.</summary>
    public bool? Build { get; set; }

    /// <summary>Gets or sets whether to pass <c>--cap-add</c>.</summary>
    public bool? CapAdd { get; set; }

    /// <summary>Gets or sets whether to pass <c>--cap-drop</c>.</summary>
    public bool? CapDrop { get; set; }

    /// <summary>Gets or sets whether to pass <c>--detach</c>.</summary>
    public bool? Detach { get; set; }

    /// <summary>Gets or sets the <c>--entrypoint</c> option.</summary>
    public string? Entrypoint { get; set; }

    /// <summary>Gets or sets the <c>--env</c> option, given once per value.</summary>
    [AutoProperty(AutoArrayType = AutoArrayType.List)]
    public string[]? Env { get; set; }

    /// <summary>Gets or sets whether to pass <c>--interactive</c>.</summary>
    public bool? Interactive { get; set; }

    /// <summary>Gets or sets the <c>--label</c> option, given once per value.</summary>
    [AutoProperty(AutoArrayType = AutoArrayType.List)]
    public string[]? Label { get; set; }

    /// <summary>Gets or sets the <c>--name</c> option.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets whether to pass <c>--no-t-t-y</c>.</summary>
    public bool? NoTTY { get; set; }

    /// <summary>Gets or sets whether to pass <c>--no-deps</c>.</summary>
    public bool? NoDeps { get; set; }

    /// <summary>Gets or sets the <c>--publish</c> option, given once per value.</summary>
    [AutoProperty(AutoArrayType = AutoArrayType.List)]
    public string[]? Publish { get; set; }

    /// <summary>Gets or sets whether to pass <c>--quiet-pull</c>.</summary>
    public bool? QuietPull { get; set; }

    /// <summary>Gets or sets whether to pass <c>--remove-orphans</c>.</summary>
    public bool? RemoveOrphans { get; set; }

    /// <summary>Gets or sets whether to pass <c>--rm</c>.</summary>
    public bool? Rm { get; set; }

    /// <summary>Gets or sets whether to pass <c>--service-ports</c>.</summary>
    public bool? ServicePorts { get; set; }

    /// <summary>Gets or sets whether to pass <c>--use-aliases</c>.</summary>
    public bool? UseAliases { get; set; }

    /// <summary>Gets or sets the <c>--user</c> option.</summary>
    public string? User { get; set; }

    /// <summary>Gets or sets the <c>--volume</c> option, given once per value.</summary>
    [AutoProperty(AutoArrayType = AutoArrayType.List)]
    public string[]? Volume { get; set; }

    /// <summary>Gets or sets the <c>--workdir</c> option.</summary>
    public string? Workdir { get; set; }
}
