using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Qte.Pipeline.Coverage;
using Qte.Pipeline.Settings;

namespace Qte.Pipeline.Quality;

/// <summary>
/// The quality gates' settings from build/config/quality.json: each gate on or off, its mode (fail | warn), what an
/// unknown verdict does (onUnknown: warn | fail) and thresholds. The coverage thresholds are also overridable by option
/// or environment variable (--coverage-line, QTE_COVERAGE_LINE, ...). Everything is validated when the run starts,
/// before any gate runs.
/// </summary>
public sealed record QualitySettings(
    FormattingGateSettings Formatting,
    AnalyzersGateSettings Analyzers,
    DependenciesGateSettings Dependencies,
    CoverageGateSettings Coverage,
    FlakyTestsGateSettings FlakyTests)
{
    public const string FileDisplayPath = "build/config/quality.json";

    public static readonly SettingKey CoverageLineKey = new("coverage-line", "QTE_COVERAGE_LINE", "coverage.line");
    public static readonly SettingKey CoverageBranchKey = new("coverage-branch", "QTE_COVERAGE_BRANCH", "coverage.branch");

    /// <summary>Every gate and the keys it takes; a name not here is refused.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, QualityFileRule>> Gates =
        new Dictionary<string, IReadOnlyDictionary<string, QualityFileRule>>
        {
            ["formatting"] = WithSwitch(("maxFiles", QualityFileRule.Count(0, 100_000))),
            ["analyzers"] = WithSwitch(("maxWarnings", QualityFileRule.Count(0, 100_000))),
            ["dependencies"] = WithSwitch(
                ("maxVulnerable", QualityFileRule.Count(0, 10_000)),
                ("maxDeprecated", QualityFileRule.Count(0, 10_000)),
                ("maxOutdated", QualityFileRule.Count(0, 10_000))),
            ["coverage"] = WithSwitch(("line", QualityFileRule.Percent), ("branch", QualityFileRule.Percent)),
            ["flakyTests"] = WithSwitch(
                ("retries", QualityFileRule.Count(0, 10)),
                ("maxFlaky", QualityFileRule.Count(0, 10_000)),
                ("historyRuns", QualityFileRule.Count(2, 1_000))),
        };

    /// <exception cref="SettingsException">The file cannot be read, or a value is not allowed; the message names the file and key.</exception>
    public static QualitySettings Load(string path, Func<string, string?> commandLine, Func<string, string?> environment)
    {
        var file = ReadFile(path);
        var layered = new LayeredSettings(
            commandLine,
            environment,
            key => file.SelectToken(key) is { Type: not JTokenType.Null } token
                ? new SettingValue(token.ToString(Newtonsoft.Json.Formatting.None).Trim('"'), $"{FileDisplayPath}: {key}")
                : null);

        return new QualitySettings(
            new FormattingGateSettings(Switch(file, "formatting"), Count(file, "formatting.maxFiles", 0)),
            new AnalyzersGateSettings(Switch(file, "analyzers"), Count(file, "analyzers.maxWarnings", 0)),
            new DependenciesGateSettings(
                Switch(file, "dependencies"),
                Count(file, "dependencies.maxVulnerable", 0),
                Count(file, "dependencies.maxDeprecated", 0),
                Count(file, "dependencies.maxOutdated", 10)),
            new CoverageGateSettings(
                Switch(file, "coverage"),
                new CoverageThresholds(
                    Percent(layered.Get(CoverageLineKey)) ?? CoverageThresholds.Default.LinePercent,
                    Percent(layered.Get(CoverageBranchKey)) ?? CoverageThresholds.Default.BranchPercent)),
            new FlakyTestsGateSettings(
                Switch(file, "flakyTests", GateMode.Warn),
                Count(file, "flakyTests.retries", 2),
                Count(file, "flakyTests.maxFlaky", 0),
                Count(file, "flakyTests.historyRuns", 10)));
    }

    private static Dictionary<string, QualityFileRule> WithSwitch(params (string Key, QualityFileRule Rule)[] keys)
    {
        var rules = new Dictionary<string, QualityFileRule> { ["enabled"] = QualityFileRule.Switch, ["mode"] = QualityFileRule.Mode, ["onUnknown"] = QualityFileRule.Mode };
        foreach (var (key, rule) in keys)
        {
            rules[key] = rule;
        }

        return rules;
    }

    private static GateSwitch Switch(JObject file, string gate, GateMode defaultMode = GateMode.Fail) => new(
        (bool?)file.SelectToken($"{gate}.enabled") ?? true,
        (string?)file.SelectToken($"{gate}.mode") switch
        {
            "fail" => GateMode.Fail,
            "warn" => GateMode.Warn,
            _ => defaultMode,
        },
        (string?)file.SelectToken($"{gate}.onUnknown") == "fail" ? GateMode.Fail : GateMode.Warn);

    /// <summary>The switch of a gate by its name in the report.</summary>
    public GateSwitch SwitchOf(string gate) => gate switch
    {
        "formatting" => Formatting.Switch,
        "analyzers" => Analyzers.Switch,
        "dependencies" => Dependencies.Switch,
        "coverage" => Coverage.Switch,
        "flakyTests" => FlakyTests.Switch,
        _ => throw new ArgumentException($"'{gate}' is not a quality gate.", nameof(gate)),
    };

    private static int Count(JObject file, string key, int defaultValue) => (int?)file.SelectToken(key) ?? defaultValue;

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

        Validate(values);
        return values;
    }

    private static void Validate(JObject values)
    {
        foreach (var gate in values.Properties())
        {
            if (!Gates.TryGetValue(gate.Name, out var rules))
            {
                throw new SettingsException($"{FileDisplayPath}: unknown gate '{gate.Name}'. Gates: {string.Join(", ", Gates.Keys)}.");
            }

            if (gate.Value is not JObject gateValues)
            {
                throw new SettingsException($"{FileDisplayPath}: '{gate.Name}' must be an object with the keys {string.Join(", ", rules.Keys)}.");
            }

            foreach (var setting in gateValues.Properties())
            {
                if (!rules.TryGetValue(setting.Name, out var rule))
                {
                    throw new SettingsException(
                        $"{FileDisplayPath}: unknown key '{gate.Name}.{setting.Name}'. Allowed keys in '{gate.Name}': {string.Join(", ", rules.Keys)}.");
                }

                if (!rule.Accepts(setting.Value))
                {
                    throw new SettingsException(
                        $"{FileDisplayPath}: '{gate.Name}.{setting.Name}' is {setting.Value.ToString(Newtonsoft.Json.Formatting.None)}. Allowed: {rule.Allowed}.");
                }
            }
        }
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
