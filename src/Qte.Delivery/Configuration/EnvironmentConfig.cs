using System.Globalization;
using Newtonsoft.Json.Linq;
using Qte.Delivery.Canary;
using Qte.Delivery.Deployment;
using Qte.Delivery.AbTesting;
using Qte.Experiments.Analysis;
using Qte.Delivery.Traffic;

namespace Qte.Delivery.Configuration;

/// <summary>
/// An environment's effective config: base.json, then build/config/monitoring.json under "monitoring", then
/// &lt;environment&gt;.json, then the profile's overrides, then --set key=value, each layer replacing the keys it names. Validated as a whole; every message names the layer
/// that gave the value, its JSON path and the rule.
/// </summary>
public sealed partial class EnvironmentConfig
{
    private readonly JObject _values;
    private readonly Dictionary<string, string> _sources;

    private EnvironmentConfig(string environment, string? profile, JObject values, Dictionary<string, string> sources)
    {
        Environment = environment;
        Profile = profile;
        _values = values;
        _sources = sources;
    }

    public string Environment { get; }

    public string? Profile { get; }

    public string Strategy => (string)_values["strategy"]!;

    public int PublicPort => (int)_values["publicPort"]!;

    public double MaxErrorRate => (double)_values.SelectToken("thresholds.maxErrorRate")!;

    public int P95LatencyMs => (int)_values.SelectToken("thresholds.p95LatencyMs")!;

    public double Availability => (double)_values.SelectToken("thresholds.availability")!;

    public string SourceOf(string path) => _sources.GetValueOrDefault(path, path);

    /// <exception cref="DeliveryException">A file cannot be read, or the effective config breaks a rule.</exception>
    /// <param name="monitoringFile">build/config/monitoring.json and how messages name it; left out, the config has no monitoring keys.</param>
    public static EnvironmentConfig Load(
        string directory, string displayDirectory, string environment, string? profile, IReadOnlyList<string> sets, (string Path, string Display)? monitoringFile = null)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var values = new JObject();
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        var basePath = Path.Combine(directory, "base.json");
        var baseLayer = ReadFile(basePath, $"{displayDirectory}/base.json", required: true);
        var profiles = baseLayer["profiles"] as JObject;
        baseLayer.Remove("profiles");
        // Each layer is checked as it is merged: a later layer (the ci profile) must not hide a bad value in a file.
        var problems = new List<string>();
        Merge(values, baseLayer, $"{displayDirectory}/base.json", sources, problems);
        if (monitoringFile is { } monitoring && File.Exists(monitoring.Path))
        {
            Merge(values, new JObject { ["monitoring"] = ReadFile(monitoring.Path, monitoring.Display, required: true) }, monitoring.Display, sources, problems);
        }

        var environmentFile = Path.Combine(directory, environment + ".json");
        if (!File.Exists(environmentFile))
        {
            var known = Directory.EnumerateFiles(directory, "*.json").Select(Path.GetFileNameWithoutExtension).Where(n => n != "base").Order();
            throw new DeliveryException($"--environment: '{environment}' has no {displayDirectory}/{environment}.json. Known environments: {string.Join(", ", known)}.");
        }

        Merge(values, ReadFile(environmentFile, $"{displayDirectory}/{environment}.json", required: true), $"{displayDirectory}/{environment}.json", sources, problems);
        if (profile is not null)
        {
            var overrides = profiles?[profile] as JObject
                ?? throw new DeliveryException($"--profile: '{profile}' is not a profile of {displayDirectory}/base.json. Known profiles: {string.Join(", ", profiles?.Properties().Select(p => p.Name) ?? [])}.");
            Merge(values, overrides, $"{displayDirectory}/base.json: profiles.{profile}", sources, problems);
        }

        foreach (var set in sets)
        {
            ApplySet(values, set, sources, problems);
        }

        Validate(values, problems);
        return new EnvironmentConfig(environment, profile, values, sources);
    }

    public DeploymentSettings ToDeploymentSettings() => new()
    {
        Environment = Environment,
        PublicPort = PublicPort,
        PublicPortSource = $"{SourceOf("publicPort")}: publicPort",
        ReadyTimeout = TimeSpan.FromSeconds((int)_values["readyTimeoutSeconds"]!),
        RouterStartTimeout = TimeSpan.FromSeconds((int)_values["routerStartTimeoutSeconds"]!),
        HealthCheckInterval = TimeSpan.FromMilliseconds((int)_values["healthCheckIntervalMs"]!),
        WatchDuration = TimeSpan.FromSeconds((double)_values["healthWatchSeconds"]!),
        WatchInterval = TimeSpan.FromMilliseconds((int)_values["healthWatchIntervalMs"]!),
        MaxErrorRate = MaxErrorRate,
        Drain = TimeSpan.FromSeconds((int)_values["drainSeconds"]!),
        Retention = (int)_values["retention"]!,
        ReleaseEnvironment = ReleaseEnvironment(),
        Strategy = Strategy,
        ScaleDownDelay = TimeSpan.FromSeconds((int)_values.SelectToken("blueGreen.scaleDownDelaySeconds")!),
        Canary = new CanarySettings
        {
            Steps = [.. ((JArray)_values.SelectToken("canary.steps")!).Select(s => (int)s)],
            StepDuration = TimeSpan.FromSeconds((int)_values.SelectToken("canary.durationSeconds")!),
            SuccessThreshold = (double)_values.SelectToken("canary.successThreshold")! / 100,
            MinRequests = (int)_values.SelectToken("canary.minRequests")!,
            LatencyTolerance = (double)_values.SelectToken("canary.latencyTolerancePercent")! / 100,
            LatencyToleranceMs = (double)_values.SelectToken("canary.latencyToleranceMs")!,
            Alpha = (double)_values.SelectToken("canary.alpha")!,
            InterimLooks = (int)_values.SelectToken("canary.interimLooks")!,
            InconclusiveTimeout = TimeSpan.FromSeconds((int)_values.SelectToken("canary.inconclusiveTimeoutSeconds")!),
            BaselineOnEmpty = (string?)_values.SelectToken("canary.onEmptyEnvironment") == "baseline",
        },
        RollbackDrill = new RollbackDrillSettings(
            (bool)_values.SelectToken("rollbackDrill.enabled")!,
            (double)_values.SelectToken("rollbackDrill.faultRate")!,
            (int)_values.SelectToken("rollbackDrill.faultAfterRequests")!),
        Traffic = new TrafficSettings
        {
            Enabled = (bool)_values.SelectToken("traffic.enabled")!,
            RatePerSecond = (double)_values.SelectToken("traffic.ratePerSecond")!,
            Users = (int)_values.SelectToken("traffic.users")!,
            MaxInFlight = (int)_values.SelectToken("traffic.maxInFlight")!,
        },
    };

    public AbTestingSettings ToAbTestingSettings() => new()
    {
        Simulate = (bool)_values.SelectToken("abTesting.simulate")!,
        SrmPopulation = (int)_values.SelectToken("abTesting.srmPopulation")!,
        Simulation = new SimulationSettings
        {
            Users = (int)_values.SelectToken("abTesting.simulatedUsers")!,
            Concurrency = (int)_values.SelectToken("abTesting.concurrency")!,
            BaseConversionRate = (double)_values.SelectToken("abTesting.baseConversionRate")!,
            ConversionLift = (double)_values.SelectToken("abTesting.conversionLift")!,
            BaseEngagement = (double)_values.SelectToken("abTesting.baseEngagement")!,
            EngagementLift = (double)_values.SelectToken("abTesting.engagementLift")!,
        },
        Analysis = new AnalysisSettings
        {
            MinSamplePerArm = (int)_values.SelectToken("abTesting.minSamplePerArm")!,
            Alpha = (double)_values.SelectToken("abTesting.alpha")!,
        },
    };

    public IReadOnlyDictionary<string, string> ReleaseEnvironment() =>
        (_values.SelectToken("release.env") as JObject)?.Properties().ToDictionary(p => p.Name, p => p.Value.Type == JTokenType.String ? (string)p.Value! : p.Value.ToString(Newtonsoft.Json.Formatting.None))
        ?? new Dictionary<string, string>();

    /// <summary>
    /// The effective config with each secret shown as the name of its variable and whether it is set, never its value,
    /// and the blue-green slots as the environment's state has them.
    /// </summary>
    public JObject ToRedactedJson(Func<string, string?> variable, string? liveSlot = null)
    {
        var copy = (JObject)_values.DeepClone();
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
            ["environment"] = Environment,
            ["profile"] = Profile,
            ["config"] = copy,
            ["blueGreen"] = new JObject
            {
                ["enabled"] = Strategy == DeploymentStrategy.BlueGreen,
                ["currentEnvironment"] = liveSlot ?? "none",
                ["targetEnvironment"] = Deployer.SlotNames.First(s => s != liveSlot),
                ["trafficSwitchStrategy"] = Value("blueGreen.trafficSwitchStrategy"),
            },
            ["sources"] = new JObject(_sources.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new JProperty(s.Key, s.Value))),
        };
    }

    /// <summary>
    /// deployment-config.env: the effective config as key=value lines for shell tools; secrets as variable names.
    /// current_environment and target_environment are the blue-green slots: the live one and the one the next deploy takes.
    /// </summary>
    public string ToEnvFile(string? liveSlot = null)
    {
        var canarySteps = _values.SelectToken("canary.steps") as JArray ?? [];
        var lines = new List<(string Key, string Value)>
        {
            ("environment", Environment),
            ("profile", Profile ?? "none"),
            ("strategy", Strategy),
            ("public_port", PublicPort.ToString(CultureInfo.InvariantCulture)),
            ("blue_green_enabled", (Strategy == DeploymentStrategy.BlueGreen).ToString().ToLowerInvariant()),
            ("current_environment", liveSlot ?? "none"),
            ("target_environment", Deployer.SlotNames.First(s => s != liveSlot)),
            ("traffic_switch_strategy", Value("blueGreen.trafficSwitchStrategy")),
            ("scale_down_delay", Value("blueGreen.scaleDownDelaySeconds")),
            ("canary_enabled", (Strategy == DeploymentStrategy.Canary).ToString().ToLowerInvariant()),
            ("canary_percentage", canarySteps.Count > 0 ? ((int)canarySteps[0]!).ToString(CultureInfo.InvariantCulture) : "0"),
            ("canary_steps", string.Join(',', canarySteps.Select(s => (int)s))),
            ("canary_duration", Value("canary.durationSeconds")),
            ("success_threshold", Value("canary.successThreshold")),
            ("canary_min_requests", Value("canary.minRequests")),
            ("traffic_enabled", Value("traffic.enabled")),
            ("ready_timeout", Value("readyTimeoutSeconds")),
            ("health_watch_seconds", Value("healthWatchSeconds")),
            ("max_error_rate", Value("thresholds.maxErrorRate")),
            ("p95_latency_ms", Value("thresholds.p95LatencyMs")),
            ("availability", Value("thresholds.availability")),
            ("drain_seconds", Value("drainSeconds")),
            ("retention", Value("retention")),
        };
        if (_values["secrets"] is JObject secrets)
        {
            lines.AddRange(secrets.Properties().Select(p => ($"secret_{Snake(p.Name)}_variable", (string)p.Value!)));
        }

        return string.Concat(lines.Select(l => $"{l.Key}={l.Value}\n"));
    }

    private string Value(string path) => _values.SelectToken(path)?.ToString(Newtonsoft.Json.Formatting.None).Trim('"') ?? string.Empty;

    private static string Snake(string name) => string.Concat(name.Select(c => char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString()));

    private static JObject ReadFile(string path, string display, bool required)
    {
        if (!File.Exists(path))
        {
            return required ? throw new DeliveryException($"{display}: the file is missing.") : [];
        }

        try
        {
            return JToken.Parse(File.ReadAllText(path)) as JObject
                ?? throw new DeliveryException($"{display}: the file must hold one JSON object.");
        }
        catch (Newtonsoft.Json.JsonReaderException ex)
        {
            throw new DeliveryException($"{display}: not valid JSON at line {ex.LineNumber}, position {ex.LinePosition}: {ex.Message}");
        }
    }

    private static void Merge(JObject target, JObject layer, string source, Dictionary<string, string> sources, List<string> problems)
    {
        foreach (var leaf in Leaves(layer))
        {
            // A profile's values sit inside base.json: their paths are taken relative to the profile.
            var path = layer.Path.Length == 0 ? leaf.Path : leaf.Path[(layer.Path.Length + 1)..];
            CheckLeaf(path, leaf, source, problems);
            SetPath(target, path, leaf.DeepClone());
            sources[path] = source;
        }
    }

    // Objects are merged key by key; anything else (numbers, strings, arrays) replaces the whole value.
    private static IEnumerable<JToken> Leaves(JObject value) =>
        value.Properties().SelectMany(p => p.Value is JObject child && child.HasValues ? Leaves(child) : [p.Value]);

    private static void SetPath(JObject target, string path, JToken value)
    {
        var parts = path.Split('.');
        var current = target;
        foreach (var part in parts[..^1])
        {
            if (current[part] is not JObject next)
            {
                next = [];
                current[part] = next;
            }

            current = next;
        }

        current[parts[^1]] = value;
    }

    // A --set is a layer of its own, one key deep: merged and checked like a file.
    private static void ApplySet(JObject values, string set, Dictionary<string, string> sources, List<string> problems)
    {
        var equals = set.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new DeliveryException($"--set: '{set}' is not key=value, e.g. --set healthWatchSeconds=10 or --set release.env.QTE_FAULT_RATE=0.3.");
        }

        var (path, raw) = (set[..equals].Trim(), set[(equals + 1)..]);
        JToken value = path.StartsWith(ConfigSchema.ReleaseEnvironmentPrefix, StringComparison.Ordinal)
            ? new JValue(raw)
            : ParseScalar(raw);
        var layer = new JObject();
        SetPath(layer, path, value);
        Merge(values, layer, $"--set {path}", sources, problems);
    }

    private static JToken ParseScalar(string raw)
    {
        try
        {
            return JToken.Parse(raw);
        }
        catch (Newtonsoft.Json.JsonReaderException)
        {
            return new JValue(raw);
        }
    }

    // Every value was checked as its layer was merged; what is left is the keys no layer gave.
    private static void Validate(JObject values, List<string> problems)
    {
        // The monitoring keys are required once any layer gives monitoring at all (build/config/monitoring.json does).
        var required = values["monitoring"] is null ? ConfigSchema.Rules : ConfigSchema.Rules.Concat(MonitoringSchema.Rules);
        foreach (var (key, rule) in required.Where(r => !ConfigSchema.Optional.Contains(r.Key) && values.SelectToken(r.Key) is null))
        {
            problems.Add($"'{key}' is missing from every layer. Allowed: {rule.Allowed}.");
        }

        if (problems.Count > 0)
        {
            throw new DeliveryException(string.Join(System.Environment.NewLine, problems));
        }
    }

    private static void CheckLeaf(string path, JToken leaf, string source, List<string> problems)
    {
        if (path.StartsWith(ConfigSchema.ReleaseEnvironmentPrefix, StringComparison.Ordinal))
        {
            return;
        }

        if (!ConfigSchema.TryGetRule(path, out var rule))
        {
            problems.Add(path.StartsWith(MonitoringSchema.Prefix, StringComparison.Ordinal)
                ? $"{source}: '{path}' is not a known key. Known monitoring keys: {string.Join(", ", MonitoringSchema.Rules.Keys)}."
                : $"{source}: '{path}' is not a known key. Known keys: {string.Join(", ", ConfigSchema.Rules.Keys)}, monitoring.* (build/config/monitoring.json), release.env.NAME.");
        }
        else if (!rule.Accepts(leaf))
        {
            problems.Add($"{source}: '{path}' is {leaf.ToString(Newtonsoft.Json.Formatting.None)}. Allowed: {rule.Allowed}.");
        }
    }
}
