using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Qte.Experiments.Definitions;

/// <summary>
/// Reads and checks an experiment file: the seed's fields (ab_testing_enabled, test_groups, traffic_split,
/// test_duration, success_metrics) plus key, seed and start. Writes the seed's ab-testing-config.json shape back.
/// </summary>
public static partial class ExperimentFile
{
    private static readonly string[] Keys =
        ["key", "seed", "start", "ab_testing_enabled", "test_groups", "traffic_split", "test_duration", "success_metrics"];

    /// <exception cref="ExperimentDefinitionException">The file is missing, not JSON, or a key is missing or not allowed.</exception>
    public static ExperimentDefinition Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException ex)
        {
            throw new ExperimentDefinitionException($"{path}: cannot be read: {ex.Message}");
        }

        return Parse(text, path);
    }

    /// <summary>Every experiment file in a folder (*.json), ordered by file name.</summary>
    public static IReadOnlyList<ExperimentDefinition> LoadAll(string directory) =>
        Directory.Exists(directory)
            ? [.. Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal).Select(Load)]
            : [];

    public static ExperimentDefinition Parse(string text, string path)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(text);
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new ExperimentDefinitionException($"{path}: is not valid JSON: {ex.Message}");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(path, "(root)", "is not an object", "a JSON object with " + string.Join(", ", Keys));
        }

        foreach (var property in root.EnumerateObject().Where(p => !Keys.Contains(p.Name)))
        {
            throw Invalid(path, property.Name, "is not a known key", string.Join(", ", Keys));
        }

        var key = Text(root, path, "key", KeyPattern(), "a key of lower-case letters, digits, - and _ (at most 64)");
        var fileName = Path.GetFileNameWithoutExtension(path);
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && fileName != key)
        {
            throw Invalid(path, "key", $"'{key}' does not match the file name '{fileName}.json'", $"the file named {key}.json");
        }

        var groups = Groups(root, path);
        return new ExperimentDefinition(
            key,
            root.TryGetProperty("seed", out _) ? Text(root, path, "seed", AnyText(), "a non-empty string") : key,
            Start(root, path),
            Flag(root, path, "ab_testing_enabled"),
            groups,
            Split(root, path, groups),
            Duration(root, path),
            Metrics(root, path),
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12]);
    }

    /// <summary>The seed's ab-testing-config.json: the five fields it wrote, from the definition.</summary>
    public static string ToSeedJson(ExperimentDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteBoolean("ab_testing_enabled", definition.Enabled);
            writer.WriteStartArray("test_groups");
            definition.Groups.ToList().ForEach(writer.WriteStringValue);
            writer.WriteEndArray();
            writer.WriteStartObject("traffic_split");
            for (var i = 0; i < definition.Groups.Count; i++)
            {
                writer.WriteNumber(definition.Groups[i], definition.SplitPercent[i]);
            }

            writer.WriteEndObject();
            writer.WriteNumber("test_duration", (long)definition.Duration.TotalSeconds);
            writer.WriteStartArray("success_metrics");
            definition.Metrics.ToList().ForEach(writer.WriteStringValue);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static List<string> Groups(JsonElement root, string path)
    {
        const string allowed = "a list of at least 2 unique group names (letters, digits, - and _), control first";
        var groups = Array(root, path, "test_groups", allowed)
            .Select(g => g.ValueKind == JsonValueKind.String && GroupPattern().IsMatch(g.GetString()!) ? g.GetString()! : throw Invalid(path, "test_groups", $"holds {g.GetRawText()}", allowed))
            .ToList();
        if (groups.Count < 2)
        {
            throw Invalid(path, "test_groups", $"has {groups.Count} group(s)", allowed);
        }

        if (groups.GroupBy(g => g).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw Invalid(path, "test_groups", $"names '{twice.Key}' twice", allowed);
        }

        return groups;
    }

    private static List<double> Split(JsonElement root, string path, List<string> groups)
    {
        const string allowed = "an object with one percentage per group of test_groups (each above 0), summing to 100";
        if (!root.TryGetProperty("traffic_split", out var split) || split.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(path, "traffic_split", split.ValueKind == JsonValueKind.Undefined ? "is missing" : "is not an object", allowed);
        }

        var shares = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var entry in split.EnumerateObject())
        {
            if (!groups.Contains(entry.Name))
            {
                throw Invalid(path, $"traffic_split.{entry.Name}", "is not a group of test_groups", allowed);
            }

            if (entry.Value.ValueKind != JsonValueKind.Number || entry.Value.GetDouble() is not (> 0 and <= 100))
            {
                throw Invalid(path, $"traffic_split.{entry.Name}", $"is {entry.Value.GetRawText()}", allowed);
            }

            shares[entry.Name] = entry.Value.GetDouble();
        }

        if (groups.FirstOrDefault(g => !shares.ContainsKey(g)) is { } missing)
        {
            throw Invalid(path, $"traffic_split.{missing}", "is missing", allowed);
        }

        var sum = shares.Values.Sum();
        if (Math.Abs(sum - 100) > 1e-9)
        {
            throw Invalid(path, "traffic_split", string.Create(CultureInfo.InvariantCulture, $"sums to {sum}"), allowed);
        }

        return [.. groups.Select(g => shares[g])];
    }

    private static TimeSpan Duration(JsonElement root, string path)
    {
        const string allowed = "a whole number of seconds above 0, e.g. 604800 for a week";
        if (!root.TryGetProperty("test_duration", out var value) || value.ValueKind != JsonValueKind.Number
            || !value.TryGetInt64(out var seconds) || seconds is <= 0 or > 365L * 86_400)
        {
            throw Invalid(path, "test_duration", value.ValueKind == JsonValueKind.Undefined ? "is missing" : $"is {value.GetRawText()}", allowed);
        }

        return TimeSpan.FromSeconds(seconds);
    }

    private static List<string> Metrics(JsonElement root, string path)
    {
        var allowed = "a non-empty list of unique metrics from " + string.Join(", ", ExperimentMetrics.All);
        var metrics = Array(root, path, "success_metrics", allowed)
            .Select(m => m.ValueKind == JsonValueKind.String && ExperimentMetrics.All.Contains(m.GetString()) ? m.GetString()! : throw Invalid(path, "success_metrics", $"holds {m.GetRawText()}, not a known metric", allowed))
            .ToList();
        return metrics.Count == 0 || metrics.Distinct().Count() != metrics.Count
            ? throw Invalid(path, "success_metrics", metrics.Count == 0 ? "is empty" : "names a metric twice", allowed)
            : metrics;
    }

    private static DateTimeOffset? Start(JsonElement root, string path)
    {
        if (!root.TryGetProperty("start", out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
               && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var start)
            ? start
            : throw Invalid(path, "start", $"is {value.GetRawText()}", "an ISO 8601 time, e.g. 2026-11-28T00:00:00Z");
    }

    private static bool Flag(JsonElement root, string path, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : throw Invalid(path, name, value.ValueKind == JsonValueKind.Undefined ? "is missing" : $"is {value.GetRawText()}", "true or false");

    private static string Text(JsonElement root, string path, string name, Regex pattern, string allowed) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && pattern.IsMatch(value.GetString()!)
            ? value.GetString()!
            : throw Invalid(path, name, value.ValueKind == JsonValueKind.Undefined ? "is missing" : $"is {value.GetRawText()}", allowed);

    private static List<JsonElement> Array(JsonElement root, string path, string name, string allowed) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().ToList()
            : throw Invalid(path, name, value.ValueKind == JsonValueKind.Undefined ? "is missing" : "is not a list", allowed);

    private static ExperimentDefinitionException Invalid(string path, string key, string problem, string allowed) =>
        new($"{path}: {key} {problem}. Allowed: {allowed}.");

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex GroupPattern();

    [GeneratedRegex(@"^\S.{0,255}$", RegexOptions.CultureInvariant)]
    private static partial Regex AnyText();
}
