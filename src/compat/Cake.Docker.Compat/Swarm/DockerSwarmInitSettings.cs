// Cake.Docker declares these non-nullable and leaves them unset (null until given): so does this, so that code
// written against it compiles against the official package too.
#pragma warning disable CS8618

namespace Cake.Docker;

/// <summary>
/// The options of <c>docker swarm init</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerSwarmInitSettings : AutoToolSettings
{
    /// <summary>Gets or sets the <c>--advertise-addr</c> option.</summary>
    public string AdvertiseAddr { get; set; }

    /// <summary>Gets or sets whether to pass <c>--autolock</c>.</summary>
    public bool? Autolock { get; set; }

    /// <summary>Gets or sets the <c>--availability</c> option.</summary>
    public string Availability { get; set; }

    /// <summary>Gets or sets the <c>--cert-expiry</c> option.</summary>
    public string CertExpiry { get; set; }

    /// <summary>Gets or sets the <c>--data-path-addr</c> option.</summary>
    public string DataPathAddr { get; set; }

    /// <summary>Gets or sets the <c>--dispatcher-heartbeat</c> option.</summary>
    public string DispatcherHeartbeat { get; set; }

    /// <summary>Gets or sets the <c>--external-ca</c> option.</summary>
    public string ExternalCa { get; set; }

    /// <summary>Gets or sets whether to pass <c>--force-new-cluster</c>.</summary>
    public bool? ForceNewCluster { get; set; }

    /// <summary>Gets or sets the <c>--listen-addr</c> option.</summary>
    public string ListenAddr { get; set; }

    /// <summary>Gets or sets the <c>--max-snapshots</c> option.</summary>
    public string MaxSnapshots { get; set; }

    /// <summary>Gets or sets the <c>--snapshot-interval</c> option.</summary>
    public string SnapshotInterval { get; set; }

    /// <summary>Gets or sets the <c>--task-history-limit</c> option.</summary>
    public long? TaskHistoryLimit { get; set; }
}
