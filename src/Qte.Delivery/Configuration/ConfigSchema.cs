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
        ["strategy"] = ConfigRule.OneOf("recreate", "blue-green", "canary"),
        ["readyTimeoutSeconds"] = ConfigRule.WholeNumber(1, 600),
        ["routerStartTimeoutSeconds"] = ConfigRule.WholeNumber(1, 600),
        ["healthCheckIntervalMs"] = ConfigRule.WholeNumber(50, 60_000),
        ["healthWatchSeconds"] = ConfigRule.Number(0, 3600),
        ["healthWatchIntervalMs"] = ConfigRule.WholeNumber(10, 60_000),
        ["drainSeconds"] = ConfigRule.WholeNumber(0, 600),
        ["retention"] = ConfigRule.WholeNumber(1, 100),
        ["thresholds.maxErrorRate"] = ConfigRule.Number(0, 1),
        ["thresholds.p95LatencyMs"] = ConfigRule.WholeNumber(1, 60_000),
        ["thresholds.availability"] = ConfigRule.Number(0, 1),
        ["canary.steps"] = ConfigRule.IncreasingPercentages(),
        ["canary.durationSeconds"] = ConfigRule.WholeNumber(0, 86_400),
        ["secrets.routerToken"] = ConfigRule.EnvironmentVariableName(),
    };

    /// <summary>Keys an environment may leave out.</summary>
    public static readonly IReadOnlySet<string> Optional = new HashSet<string>(StringComparer.Ordinal) { "secrets.routerToken" };

}
