using Newtonsoft.Json.Linq;

namespace Qte.Delivery.Configuration;

/// <summary>
/// An environment's effective config: base.json, then build/config/monitoring.json under "monitoring", then
/// &lt;environment&gt;.json, then the profile's overrides, then --set key=value, each layer replacing the keys it names
/// (<see cref="ConfigLayers"/>), each value checked against the schema as its layer is merged and the whole checked for
/// missing keys (<see cref="ConfigValidator"/>); every message names the layer that gave the value, its JSON path and
/// the rule. The settings types are made from it by the mappers (<see cref="DeploymentSettingsMapper"/>,
/// <see cref="AbTestingSettingsMapper"/>, <see cref="MonitoringSettingsMapper"/>), and written out by
/// <see cref="EnvironmentConfigExport"/>.
/// </summary>
public sealed class EnvironmentConfig
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

    /// <summary>The layered, validated values, for the mappers.</summary>
    internal JObject Values => _values;

    /// <summary>Which layer gave each key.</summary>
    internal IReadOnlyDictionary<string, string> Sources => _sources;

    /// <summary>A value as text: a string without its quotes, anything else as JSON; empty when no layer gave it.</summary>
    internal string Text(string path) => _values.SelectToken(path)?.ToString(Newtonsoft.Json.Formatting.None).Trim('"') ?? string.Empty;

    /// <exception cref="DeliveryException">A file cannot be read, or the effective config breaks a rule.</exception>
    /// <param name="monitoringFile">build/config/monitoring.json and how messages name it; left out, the config has no monitoring keys.</param>
    public static EnvironmentConfig Load(
        string directory, string displayDirectory, string environment, string? profile, IReadOnlyList<string> sets, (string Path, string Display)? monitoringFile = null)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var values = new JObject();
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        var basePath = Path.Combine(directory, "base.json");
        var baseLayer = ConfigLayers.ReadFile(basePath, $"{displayDirectory}/base.json", required: true);
        var profiles = baseLayer["profiles"] as JObject;
        baseLayer.Remove("profiles");
        // Each layer is checked as it is merged: a later layer (the ci profile) must not hide a bad value in a file.
        var problems = new List<string>();
        ConfigLayers.Merge(values, baseLayer, $"{displayDirectory}/base.json", sources, problems);
        if (monitoringFile is { } monitoring && File.Exists(monitoring.Path))
        {
            ConfigLayers.Merge(values, new JObject { ["monitoring"] = ConfigLayers.ReadFile(monitoring.Path, monitoring.Display, required: true) }, monitoring.Display, sources, problems);
        }

        var environmentFile = Path.Combine(directory, environment + ".json");
        if (!File.Exists(environmentFile))
        {
            var known = Directory.EnumerateFiles(directory, "*.json").Select(Path.GetFileNameWithoutExtension).Where(n => n != "base").Order();
            throw new DeliveryException($"--environment: '{environment}' has no {displayDirectory}/{environment}.json. Known environments: {string.Join(", ", known)}.");
        }

        ConfigLayers.Merge(values, ConfigLayers.ReadFile(environmentFile, $"{displayDirectory}/{environment}.json", required: true), $"{displayDirectory}/{environment}.json", sources, problems);
        if (profile is not null)
        {
            var overrides = profiles?[profile] as JObject
                ?? throw new DeliveryException($"--profile: '{profile}' is not a profile of {displayDirectory}/base.json. Known profiles: {string.Join(", ", profiles?.Properties().Select(p => p.Name) ?? [])}.");
            ConfigLayers.Merge(values, overrides, $"{displayDirectory}/base.json: profiles.{profile}", sources, problems);
        }

        foreach (var set in sets)
        {
            ConfigLayers.ApplySet(values, set, sources, problems);
        }

        ConfigValidator.RequireComplete(values, problems);
        return new EnvironmentConfig(environment, profile, values, sources);
    }
}
