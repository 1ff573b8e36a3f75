using Newtonsoft.Json.Linq;
using Qte.Delivery.Canary;
using Qte.Delivery.Deployment;
using Qte.Delivery.LoadTesting;

namespace Qte.Delivery.Configuration;

/// <summary>An environment's config as the deployer's settings: slots, checks, strategy, canary, drill, traffic.</summary>
public static class DeploymentSettingsMapper
{
    public static DeploymentSettings ToDeploymentSettings(this EnvironmentConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var values = config.Values;
        return new()
        {
            Environment = config.Environment,
            PublicPort = config.PublicPort,
            PublicPortSource = $"{config.SourceOf("publicPort")}: publicPort",
            ReadyTimeout = TimeSpan.FromSeconds((int)values["readyTimeoutSeconds"]!),
            RouterStartTimeout = TimeSpan.FromSeconds((int)values["routerStartTimeoutSeconds"]!),
            HealthCheckInterval = TimeSpan.FromMilliseconds((int)values["healthCheckIntervalMs"]!),
            WatchDuration = TimeSpan.FromSeconds((double)values["healthWatchSeconds"]!),
            WatchInterval = TimeSpan.FromMilliseconds((int)values["healthWatchIntervalMs"]!),
            MaxErrorRate = config.MaxErrorRate,
            Drain = TimeSpan.FromSeconds((int)values["drainSeconds"]!),
            Replicas = (int)values["replicas"]!,
            Retention = (int)values["retention"]!,
            ReleaseEnvironment = config.ReleaseEnvironment(),
            Strategy = config.Strategy,
            ScaleDownDelay = TimeSpan.FromSeconds((int)values.SelectToken("blueGreen.scaleDownDelaySeconds")!),
            Canary = new CanarySettings
            {
                Steps = [.. ((JArray)values.SelectToken("canary.steps")!).Select(s => (int)s)],
                StepDuration = TimeSpan.FromSeconds((int)values.SelectToken("canary.durationSeconds")!),
                SuccessThreshold = (double)values.SelectToken("canary.successThreshold")! / 100,
                MinRequests = (int)values.SelectToken("canary.minRequests")!,
                LatencyTolerance = (double)values.SelectToken("canary.latencyTolerancePercent")! / 100,
                LatencyToleranceMs = (double)values.SelectToken("canary.latencyToleranceMs")!,
                Alpha = (double)values.SelectToken("canary.alpha")!,
                InterimLooks = (int)values.SelectToken("canary.interimLooks")!,
                InconclusiveTimeout = TimeSpan.FromSeconds((int)values.SelectToken("canary.inconclusiveTimeoutSeconds")!),
                BaselineOnEmpty = (string?)values.SelectToken("canary.onEmptyEnvironment") == "baseline",
            },
            RollbackDrill = new RollbackDrillSettings(
                (bool)values.SelectToken("rollbackDrill.enabled")!,
                (double)values.SelectToken("rollbackDrill.faultRate")!,
                (int)values.SelectToken("rollbackDrill.faultAfterRequests")!),
            Traffic = new TrafficSettings
            {
                Enabled = (bool)values.SelectToken("traffic.enabled")!,
                RatePerSecond = (double)values.SelectToken("traffic.ratePerSecond")!,
                Users = (int)values.SelectToken("traffic.users")!,
                MaxInFlight = (int)values.SelectToken("traffic.maxInFlight")!,
            },
        };
    }

    /// <summary>release.env: the variables the release's processes get, values as text.</summary>
    public static IReadOnlyDictionary<string, string> ReleaseEnvironment(this EnvironmentConfig config) =>
        (config?.Values.SelectToken("release.env") as JObject)?.Properties().ToDictionary(p => p.Name, p => p.Value.Type == JTokenType.String ? (string)p.Value! : p.Value.ToString(Newtonsoft.Json.Formatting.None))
        ?? new Dictionary<string, string>();
}
