using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Qte.Pipeline.Settings;

/// <summary>
/// A flat JSON config file the user edits, such as build/config/build.json. A missing file has no values.
/// </summary>
public sealed class SettingsFile
{
    private readonly JObject _values;

    private SettingsFile(string displayPath, JObject values)
    {
        DisplayPath = displayPath;
        _values = values;
    }

    /// <summary>The path shown in messages, relative to the repository root.</summary>
    public string DisplayPath { get; }

    /// <exception cref="SettingsException">The file cannot be read, is not a JSON object, or holds a key not in <paramref name="allowedKeys"/>.</exception>
    public static SettingsFile Load(string path, string displayPath, IReadOnlyCollection<string> allowedKeys)
    {
        if (!File.Exists(path))
        {
            return new SettingsFile(displayPath, []);
        }

        JToken root;
        try
        {
            root = JToken.Parse(File.ReadAllText(path));
        }
        catch (JsonReaderException ex)
        {
            throw new SettingsException($"{displayPath}: not valid JSON at line {ex.LineNumber}, position {ex.LinePosition}: {ex.Message}");
        }
        catch (IOException ex)
        {
            throw new SettingsException($"{displayPath}: cannot be read: {ex.Message}");
        }

        if (root is not JObject values)
        {
            throw new SettingsException($"{displayPath}: the file must hold one JSON object, not a {root.Type}.");
        }

        foreach (var property in values.Properties())
        {
            if (!allowedKeys.Contains(property.Name))
            {
                throw new SettingsException(
                    $"{displayPath}: unknown key '{property.Name}'. Allowed keys: {string.Join(", ", allowedKeys)}.");
            }

            if (property.Value is JContainer)
            {
                throw new SettingsException($"{displayPath}: '{property.Name}' must be a number or a string, not a {property.Value.Type}.");
            }
        }

        return new SettingsFile(displayPath, values);
    }

    public SettingValue? Get(string key) =>
        _values.TryGetValue(key, out var token) && token.Type != JTokenType.Null
            ? new SettingValue(token.ToString(Formatting.None).Trim('"'), $"{DisplayPath}: {key}")
            : null;
}
