// Cake.Docker declares these non-nullable and leaves them unset (null until given): so does this, so that code
// written against it compiles against the official package too.
#pragma warning disable CS8618

namespace Cake.Docker;

/// <summary>
/// The options of <c>docker volume create</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerVolumeCreateSettings : AutoToolSettings
{
    /// <summary>Gets or sets the <c>--driver</c> option.</summary>
    public string Driver { get; set; }

    /// <summary>Gets or sets the <c>--label</c> option.</summary>
    public string Label { get; set; }

    /// <summary>Gets or sets the <c>--name</c> option.</summary>
    public string Name { get; set; }

    /// <summary>Gets or sets the <c>--opt</c> option, given once per value.</summary>
    public string[] Opt { get; set; }
}
