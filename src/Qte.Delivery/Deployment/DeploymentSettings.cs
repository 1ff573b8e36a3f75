using Qte.Delivery.Canary;
using Qte.Delivery.LoadTesting;

namespace Qte.Delivery.Deployment;

/// <summary>The waits, windows and thresholds of a deployment, from the environment's effective config.</summary>
public sealed record DeploymentSettings
{
    public required string Environment { get; init; }

    public required int PublicPort { get; init; }

    /// <summary>recreate (switch all, then watch), blue-green or canary; the first deploy to an empty environment is always plain.</summary>
    public string Strategy { get; init; } = DeploymentStrategy.Recreate;

    /// <summary>Blue-green: how long the previous slot keeps running after a promotion, for an instant way back.</summary>
    public TimeSpan ScaleDownDelay { get; init; } = TimeSpan.FromSeconds(30);

    public CanarySettings Canary { get; init; } = new();

    /// <summary>Stage 3-v4's rollback drill.</summary>
    public RollbackDrillSettings RollbackDrill { get; init; } = new();

    /// <summary>Traffic generated through the router during canary steps (off unless the config turns it on).</summary>
    public TrafficSettings Traffic { get; init; } = new();

    /// <summary>Where the port came from, for messages: e.g. "build/config/environments/dev.json: publicPort".</summary>
    public string PublicPortSource { get; init; } = "publicPort";

    public TimeSpan ReadyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan RouterStartTimeout { get; init; } = TimeSpan.FromSeconds(20);

    public TimeSpan HealthCheckInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long health is watched through the router after the switch.</summary>
    public TimeSpan WatchDuration { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan WatchInterval { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The share of failed requests (0–1) in the watch above which the release is rolled back.</summary>
    public double MaxErrorRate { get; init; } = 0.05;

    public TimeSpan Drain { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>--deploy-target=swarm: the replicas of each slot, at most one per node; 0 means one on every available node.</summary>
    public int Replicas { get; init; }

    /// <summary>Releases kept per environment for rollback.</summary>
    public int Retention { get; init; } = 5;

    /// <summary>Environment variables for the release's processes (--set release.env.NAME=VALUE).</summary>
    public IReadOnlyDictionary<string, string> ReleaseEnvironment { get; init; } = new Dictionary<string, string>();
}
