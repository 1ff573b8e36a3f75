// Cake.Docker declares these non-nullable and leaves them unset (null until given): so does this, so that code
// written against it compiles against the official package too.
#pragma warning disable CS8618

namespace Cake.Docker;

/// <summary>
/// The options of <c>docker network create</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerNetworkCreateSettings : AutoToolSettings
{
    /// <summary>Gets or sets whether to pass <c>--attachable</c>.</summary>
    public bool? Attachable { get; set; }

    /// <summary>Gets or sets the <c>--aux-address</c> option, given once per value.</summary>
    public string[] AuxAddress { get; set; }

    /// <summary>Gets or sets the <c>--config-from</c> option.</summary>
    public string ConfigFrom { get; set; }

    /// <summary>Gets or sets whether to pass <c>--config-only</c>.</summary>
    public bool? ConfigOnly { get; set; }

    /// <summary>Gets or sets the <c>--driver</c> option.</summary>
    public string Driver { get; set; }

    /// <summary>Gets or sets the <c>--gateway</c> option, given once per value.</summary>
    public string[] Gateway { get; set; }

    /// <summary>Gets or sets whether to pass <c>--ingress</c>.</summary>
    public bool? Ingress { get; set; }

    /// <summary>Gets or sets whether to pass <c>--internal</c>.</summary>
    public bool? Internal { get; set; }

    /// <summary>Gets or sets the <c>--ipam-driver</c> option.</summary>
    public string IpamDriver { get; set; }

    /// <summary>Gets or sets the <c>--ipam-opt</c> option, given once per value.</summary>
    public string[] IpamOpt { get; set; }

    /// <summary>Gets or sets the <c>--ip-range</c> option, given once per value.</summary>
    public string[] IpRange { get; set; }

    /// <summary>Gets or sets whether to pass <c>--ipv6</c>.</summary>
    public bool? Ipv6 { get; set; }

    /// <summary>Gets or sets the <c>--label</c> option, given once per value.</summary>
    public string[] Label { get; set; }

    /// <summary>Gets or sets the <c>--opt</c> option, given once per value.</summary>
    public string[] Opt { get; set; }

    /// <summary>Gets or sets the <c>--scope</c> option.</summary>
    public string Scope { get; set; }

    /// <summary>Gets or sets the <c>--subnet</c> option, given once per value.</summary>
    public string[] Subnet { get; set; }
}
