using System.Globalization;
using Newtonsoft.Json.Linq;
using Qte.Delivery.Deployment;

namespace Qte.Delivery.Configuration;

/// <summary>An environment's config written out: effective-config.json (secrets redacted) and deployment-config.env.</summary>
public static class EnvironmentConfigExport
{
    /// <summary>
    /// The effective config with each secret shown as the name of its variable and whether it is set, never its value,
    /// and the blue-green slots as the environment's state has them.
    /// </summary>
    public static JObject ToRedactedJson(this EnvironmentConfig config, Func<string, string?> variable, string? liveSlot = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(variable);
        var copy = (JObject)config.Values.DeepClone();
        if (copy["secrets"] is JObject secrets)
        {
            foreach (var secret in secrets.Properties())
            {
                var name = (string)secret.Value!;
                secret.Value = $"${{{name}}} ({(string.IsNullOrEmpty(variable(name)) ? "not set" : "set, redacted")})";
            }
        }

        return new JObject
        {
            ["environment"] = config.Environment,
            ["profile"] = config.Profile,
            ["config"] = copy,
            ["blueGreen"] = new JObject
            {
                ["enabled"] = config.Strategy == DeploymentStrategy.BlueGreen,
                ["currentEnvironment"] = liveSlot ?? "none",
                ["targetEnvironment"] = Deployer.SlotNames.First(s => s != liveSlot),
                ["trafficSwitchStrategy"] = config.Text("blueGreen.trafficSwitchStrategy"),
            },
            ["sources"] = new JObject(config.Sources.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new JProperty(s.Key, s.Value))),
        };
    }

    /// <summary>
    /// deployment-config.env: the effective config as key=value lines for shell tools; secrets as variable names.
    /// current_environment and target_environment are the blue-green slots: the live one and the one the next deploy takes.
    /// </summary>
    public static string ToEnvFile(this EnvironmentConfig config, string? liveSlot = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        var canarySteps = config.Values.SelectToken("canary.steps") as JArray ?? [];
        var lines = new List<(string Key, string Value)>
        {
            ("environment", config.Environment),
            ("profile", config.Profile ?? "none"),
            ("strategy", config.Strategy),
            ("public_port", config.PublicPort.ToString(CultureInfo.InvariantCulture)),
            ("blue_green_enabled", (config.Strategy == DeploymentStrategy.BlueGreen).ToString().ToLowerInvariant()),
            ("current_environment", liveSlot ?? "none"),
            ("target_environment", Deployer.SlotNames.First(s => s != liveSlot)),
            ("traffic_switch_strategy", config.Text("blueGreen.trafficSwitchStrategy")),
            ("scale_down_delay", config.Text("blueGreen.scaleDownDelaySeconds")),
            ("canary_enabled", (config.Strategy == DeploymentStrategy.Canary).ToString().ToLowerInvariant()),
            ("canary_percentage", canarySteps.Count > 0 ? ((int)canarySteps[0]!).ToString(CultureInfo.InvariantCulture) : "0"),
            ("canary_steps", string.Join(',', canarySteps.Select(s => (int)s))),
            ("canary_duration", config.Text("canary.durationSeconds")),
            ("success_threshold", config.Text("canary.successThreshold")),
            ("canary_min_requests", config.Text("canary.minRequests")),
            ("traffic_enabled", config.Text("traffic.enabled")),
            ("ready_timeout", config.Text("readyTimeoutSeconds")),
            ("health_watch_seconds", config.Text("healthWatchSeconds")),
            ("max_error_rate", config.Text("thresholds.maxErrorRate")),
            ("p95_latency_ms", config.Text("thresholds.p95LatencyMs")),
            ("availability", config.Text("thresholds.availability")),
            ("drain_seconds", config.Text("drainSeconds")),
            ("retention", config.Text("retention")),
        };
        if (config.Values["secrets"] is JObject secrets)
        {
            lines.AddRange(secrets.Properties().Select(p => ($"secret_{Snake(p.Name)}_variable", (string)p.Value!)));
        }

        return string.Concat(lines.Select(l => $"{l.Key}={l.Value}\n"));
    }

    private static string Snake(string name) => string.Concat(name.Select(c => char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString()));
}
