// Cake.Docker declares these non-nullable and leaves them unset (null until given): so does this, so that code
// written against it compiles against the official package too.
#pragma warning disable CS8618

namespace Cake.Docker;

/// <summary>
/// The options of <c>docker network connect</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerNetworkConnectSettings : AutoToolSettings
{
    /// <summary>Gets or sets the <c>--alias</c> option, given once per value.</summary>
    public string[] Alias { get; set; }

    /// <summary>Gets or sets the <c>--ip</c> option.</summary>
    public string Ip { get; set; }

    /// <summary>Gets or sets the <c>--ip6</c> option.</summary>
    public string Ip6 { get; set; }

    /// <summary>Gets or sets the <c>--link</c> option, given once per value.</summary>
    public string[] Link { get; set; }

    /// <summary>Gets or sets the <c>--link-local-ip</c> option, given once per value.</summary>
    public string[] LinkLocalIp { get; set; }
}
