using Qte.Delivery.Deployment;

namespace Qte.Delivery.Configuration;

/// <summary>
/// Every key an environment's config may hold (as a JSON path) and what it allows. release.env.* is free-form:
/// environment variables for the release's processes.
/// </summary>
public static class ConfigSchema
{
    public const string ReleaseEnvironmentPrefix = "release.env.";

    public static readonly IReadOnlyDictionary<string, ConfigRule> Rules = new Dictionary<string, ConfigRule>(StringComparer.Ordinal)
    {
        ["publicPort"] = ConfigRule.WholeNumber(1024, 65535),
        ["strategy"] = ConfigRule.OneOf(DeploymentStrategy.All),
        ["readyTimeoutSeconds"] = ConfigRule.WholeNumber(1, 600),
        ["routerStartTimeoutSeconds"] = ConfigRule.WholeNumber(1, 600),
        ["healthCheckIntervalMs"] = ConfigRule.WholeNumber(50, 60_000),
        ["healthWatchSeconds"] = ConfigRule.Number(0, 3600),
        ["healthWatchIntervalMs"] = ConfigRule.WholeNumber(10, 60_000),
        ["drainSeconds"] = ConfigRule.WholeNumber(0, 600),
        ["replicas"] = ConfigRule.WholeNumber(0, 100),
        ["retention"] = ConfigRule.WholeNumber(1, 100),
        ["thresholds.maxErrorRate"] = ConfigRule.Number(0, 1),
        ["thresholds.p95LatencyMs"] = ConfigRule.WholeNumber(1, 60_000),
        ["thresholds.availability"] = ConfigRule.Number(0, 1),
        ["canary.steps"] = ConfigRule.IncreasingPercentages(),
        ["canary.durationSeconds"] = ConfigRule.WholeNumber(0, 86_400),
        ["canary.successThreshold"] = ConfigRule.Number(0, 100),
        ["canary.minRequests"] = ConfigRule.WholeNumber(1, 1_000_000),
        ["canary.latencyTolerancePercent"] = ConfigRule.Number(0, 1000),
        ["canary.latencyToleranceMs"] = ConfigRule.Number(0, 60_000),
        ["canary.alpha"] = ConfigRule.Number(0.0001, 0.5),
        ["canary.interimLooks"] = ConfigRule.WholeNumber(0, 10),
        ["canary.inconclusiveTimeoutSeconds"] = ConfigRule.WholeNumber(0, 86_400),
        ["canary.onEmptyEnvironment"] = ConfigRule.OneOf("deploy", "baseline"),
        ["blueGreen.trafficSwitchStrategy"] = ConfigRule.OneOf("instant"),
        ["blueGreen.scaleDownDelaySeconds"] = ConfigRule.WholeNumber(0, 3600),
        ["rollbackDrill.enabled"] = ConfigRule.Boolean(),
        ["rollbackDrill.faultRate"] = ConfigRule.Number(0.1, 1),
        ["rollbackDrill.faultAfterRequests"] = ConfigRule.WholeNumber(0, 1_000_000),
        ["traffic.enabled"] = ConfigRule.Boolean(),
        ["traffic.ratePerSecond"] = ConfigRule.Number(1, 10_000),
        ["traffic.users"] = ConfigRule.WholeNumber(1, 1_000_000),
        ["traffic.maxInFlight"] = ConfigRule.WholeNumber(1, 10_000),
        ["abTesting.simulate"] = ConfigRule.Boolean(),
        ["abTesting.simulatedUsers"] = ConfigRule.WholeNumber(100, 1_000_000),
        ["abTesting.concurrency"] = ConfigRule.WholeNumber(1, 1000),
        ["abTesting.baseConversionRate"] = ConfigRule.Number(0, 1),
        ["abTesting.conversionLift"] = ConfigRule.Number(-1, 1),
        ["abTesting.baseEngagement"] = ConfigRule.Number(0, 100),
        ["abTesting.engagementLift"] = ConfigRule.Number(-100, 100),
        ["abTesting.minSamplePerArm"] = ConfigRule.WholeNumber(2, 100_000_000),
        ["abTesting.alpha"] = ConfigRule.Number(0.0001, 0.5),
        ["abTesting.srmPopulation"] = ConfigRule.WholeNumber(10_000, 10_000_000),
        ["secrets.routerToken"] = ConfigRule.EnvironmentVariableName(),
    };

    /// <summary>Keys an environment may leave out.</summary>
    public static readonly IReadOnlySet<string> Optional = new HashSet<string>(StringComparer.Ordinal) { "secrets.routerToken" };

    /// <summary>The rule of an environment key or of a monitoring key.</summary>
    public static bool TryGetRule(string path, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ConfigRule? rule) =>
        Rules.TryGetValue(path, out rule) || MonitoringSchema.Rules.TryGetValue(path, out rule);
}
