using Newtonsoft.Json.Linq;

namespace Qte.Delivery.Configuration;

/// <summary>
/// The layering of an environment's config files: each layer's leaves replace the same paths below them (objects merge
/// key by key; numbers, strings and arrays replace whole), each checked as it is merged, each remembered with the layer
/// that gave it; a --set is a layer of its own.
/// </summary>
internal static class ConfigLayers
{
    public static JObject ReadFile(string path, string display, bool required)
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

    public static void Merge(JObject target, JObject layer, string source, Dictionary<string, string> sources, List<string> problems)
    {
        foreach (var leaf in Leaves(layer))
        {
            // A profile's values sit inside base.json: their paths are taken relative to the profile.
            var path = layer.Path.Length == 0 ? leaf.Path : leaf.Path[(layer.Path.Length + 1)..];
            ConfigValidator.CheckLeaf(path, leaf, source, problems);
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
    public static void ApplySet(JObject values, string set, Dictionary<string, string> sources, List<string> problems)
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
}
