using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Qte.Pipeline.Coverage;
using Qte.Pipeline.Settings;

namespace Qte.Pipeline.Quality;

/// <summary>
/// The quality gates' settings from build/config/quality.json, each threshold overridable by an option or an
/// environment variable (--coverage-line, QTE_COVERAGE_LINE, ...).
/// </summary>
public sealed record QualitySettings(CoverageThresholds Coverage)
{
    public const string FileDisplayPath = "build/config/quality.json";

    public static readonly SettingKey CoverageLineKey = new("coverage-line", "QTE_COVERAGE_LINE", "coverage.line");
    public static readonly SettingKey CoverageBranchKey = new("coverage-branch", "QTE_COVERAGE_BRANCH", "coverage.branch");

    private static readonly Dictionary<string, string[]> FileKeys = new()
    {
        ["coverage"] = ["line", "branch"],
    };

    /// <exception cref="SettingsException">The file cannot be read, or a value is not allowed; the message names the file and key.</exception>
    public static QualitySettings Load(string path, Func<string, string?> commandLine, Func<string, string?> environment)
    {
        var file = ReadFile(path);
        var settings = new LayeredSettings(
            commandLine,
            environment,
            key => file.SelectToken(key) is { Type: not JTokenType.Null } token
                ? new SettingValue(token.ToString(Formatting.None).Trim('"'), $"{FileDisplayPath}: {key}")
                : null);
        return new QualitySettings(new CoverageThresholds(
            Percent(settings.Get(CoverageLineKey)) ?? CoverageThresholds.Default.LinePercent,
            Percent(settings.Get(CoverageBranchKey)) ?? CoverageThresholds.Default.BranchPercent));
    }

    private static JObject ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        JToken root;
        try
        {
            root = JToken.Parse(File.ReadAllText(path));
        }
        catch (JsonReaderException ex)
        {
            throw new SettingsException($"{FileDisplayPath}: not valid JSON at line {ex.LineNumber}, position {ex.LinePosition}: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SettingsException($"{FileDisplayPath}: cannot be read: {ex.Message}");
        }

        if (root is not JObject values)
        {
            throw new SettingsException($"{FileDisplayPath}: the file must hold one JSON object, not a {root.Type}.");
        }

        foreach (var section in values.Properties())
        {
            if (!FileKeys.TryGetValue(section.Name, out var keys))
            {
                throw new SettingsException($"{FileDisplayPath}: unknown key '{section.Name}'. Allowed keys: {string.Join(", ", FileKeys.Keys)}.");
            }

            if (section.Value is not JObject sectionValues)
            {
                throw new SettingsException($"{FileDisplayPath}: '{section.Name}' must be an object with the keys {string.Join(", ", keys)}.");
            }

            var unknown = sectionValues.Properties().FirstOrDefault(p => !keys.Contains(p.Name));
            if (unknown is not null)
            {
                throw new SettingsException(
                    $"{FileDisplayPath}: unknown key '{section.Name}.{unknown.Name}'. Allowed keys in '{section.Name}': {string.Join(", ", keys)}.");
            }
        }

        return values;
    }

    private static double? Percent(SettingValue? value)
    {
        if (value is null)
        {
            return null;
        }

        if (!double.TryParse(value.Raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var percent)
            || double.IsNaN(percent) || percent < 0 || percent > 100)
        {
            throw new SettingsException($"{value.Source}: '{value.Raw}' is not a percentage. Allowed: a number from 0 to 100, e.g. 80.");
        }

        return percent;
    }
}
