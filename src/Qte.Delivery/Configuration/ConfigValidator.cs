using Newtonsoft.Json.Linq;

namespace Qte.Delivery.Configuration;

/// <summary>The schema's verdict on a config: a problem a line, each naming the layer, the key and what is allowed.</summary>
internal static class ConfigValidator
{
    /// <summary>Every value was checked as its layer was merged; what is left is the keys no layer gave. Throws with every problem.</summary>
    public static void RequireComplete(JObject values, List<string> problems)
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

    /// <summary>One value against its key's rule (<see cref="ConfigSchema"/>, <see cref="MonitoringSchema"/>); release.env.* is free.</summary>
    public static void CheckLeaf(string path, JToken leaf, string source, List<string> problems)
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
