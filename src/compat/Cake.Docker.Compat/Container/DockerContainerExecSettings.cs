// Cake.Docker declares these non-nullable and leaves them unset (null until given): so does this, so that code
// written against it compiles against the official package too.
#pragma warning disable CS8618

namespace Cake.Docker;

/// <summary>
/// The options of <c>docker exec</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerContainerExecSettings : AutoToolSettings
{
    /// <summary>Gets or sets whether to pass <c>--detach</c>.</summary>
    public bool? Detach { get; set; }

    /// <summary>Gets or sets the <c>--detach-keys</c> option.</summary>
    public string DetachKeys { get; set; }

    /// <summary>Gets or sets the <c>--env</c> option, given once per value.</summary>
    public string[] Env { get; set; }

    /// <summary>Gets or sets whether to pass <c>--interactive</c>.</summary>
    public bool? Interactive { get; set; }

    /// <summary>Gets or sets whether to pass <c>--privileged</c>.</summary>
    public bool? Privileged { get; set; }

    /// <summary>Gets or sets whether to pass <c>--tty</c>.</summary>
    public bool? Tty { get; set; }

    /// <summary>Gets or sets the <c>--user</c> option.</summary>
    public string User { get; set; }

    /// <summary>Gets or sets the <c>--workdir</c> option.</summary>
    public string Workdir { get; set; }
}
