// Cake.Docker declares these non-nullable and leaves them unset (null until given): so does this, so that code
// written against it compiles against the official package too.
#pragma warning disable CS8618

namespace Cake.Docker;

/// <summary>
/// The options of <c>docker swarm join</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerSwarmJoinSettings : AutoToolSettings
{
    /// <summary>Gets or sets the <c>--advertise-addr</c> option.</summary>
    public string AdvertiseAddr { get; set; }

    /// <summary>Gets or sets the <c>--availability</c> option.</summary>
    public string Availability { get; set; }

    /// <summary>Gets or sets the <c>--data-path-addr</c> option.</summary>
    public string DataPathAddr { get; set; }

    /// <summary>Gets or sets the <c>--listen-addr</c> option.</summary>
    public string ListenAddr { get; set; }

    /// <summary>Gets or sets the <c>--token</c> option.</summary>
    public string Token { get; set; }
}
