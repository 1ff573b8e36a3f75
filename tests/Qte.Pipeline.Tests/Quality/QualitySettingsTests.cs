using Qte.Pipeline.Coverage;
using Qte.Pipeline.Quality;
using Qte.Pipeline.Settings;

namespace Qte.Pipeline.Tests.Quality;

public sealed class QualitySettingsTests
{
    private static readonly Func<string, string?> None = _ => null;

    private static QualitySettings Load(string json, Func<string, string?>? commandLine = null, Func<string, string?>? environment = null)
    {
        using var directory = new TemporaryDirectory();
        var path = directory.Write("quality.json", json);
        return QualitySettings.Load(path, commandLine ?? None, environment ?? None);
    }

    private static string Refused(string json, Func<string, string?>? commandLine = null) =>
        Assert.Throws<SettingsException>(() => Load(json, commandLine)).Message;

    [Fact]
    public void Should_Read_Every_Gate_Switch_Mode_And_Threshold()
    {
        var settings = Load("""
            {
              "formatting": { "enabled": false, "maxFiles": 3 },
              "analyzers": { "mode": "warn", "maxWarnings": 12 },
              "dependencies": { "maxVulnerable": 1, "maxDeprecated": 2, "maxOutdated": 4 },
              "coverage": { "line": 85.5, "branch": 60, "mode": "warn" },
              "flakyTests": { "mode": "fail", "retries": 3, "maxFlaky": 1, "historyRuns": 20 }
            }
            """);

        Assert.Equal(new FormattingGateSettings(new GateSwitch(false, GateMode.Fail), 3), settings.Formatting);
        Assert.Equal(new AnalyzersGateSettings(new GateSwitch(true, GateMode.Warn), 12), settings.Analyzers);
        Assert.Equal(new DependenciesGateSettings(GateSwitch.On, 1, 2, 4), settings.Dependencies);
        Assert.Equal(new CoverageGateSettings(new GateSwitch(true, GateMode.Warn), new CoverageThresholds(85.5, 60)), settings.Coverage);
        Assert.Equal(new FlakyTestsGateSettings(GateSwitch.On, 3, 1, 20), settings.FlakyTests);
    }

    [Fact]
    public void Should_Default_Every_Gate_On_Without_A_File()
    {
        var settings = QualitySettings.Load(Path.Combine(Path.GetTempPath(), "no-such-quality.json"), None, None);

        Assert.Equal(new CoverageThresholds(80, 70), settings.Coverage.Thresholds);
        Assert.Equal(0, settings.Analyzers.MaxWarnings);
        Assert.Equal(new FlakyTestsGateSettings(new GateSwitch(true, GateMode.Warn), 2, 0, 10), settings.FlakyTests);
    }

    [Fact]
    public void Should_Let_The_Command_Line_Then_The_Environment_Win_Over_The_File()
    {
        var settings = Load(
            """{ "coverage": { "line": 80, "branch": 70 } }""",
            option => option == "coverage-line" ? "95" : null,
            variable => variable is "QTE_COVERAGE_LINE" or "QTE_COVERAGE_BRANCH" ? "50" : null);

        Assert.Equal(new CoverageThresholds(95, 50), settings.Coverage.Thresholds);
    }

    [Fact]
    public void Should_Read_What_An_Unknown_Verdict_Does_Per_Gate_Warn_By_Default()
    {
        var settings = Load("{ \"dependencies\": { \"onUnknown\": \"fail\" } }");

        Assert.Equal(GateMode.Fail, settings.SwitchOf("dependencies").OnUnknown);
        Assert.Equal(GateMode.Warn, settings.SwitchOf("coverage").OnUnknown);
        Assert.StartsWith("build/config/quality.json: 'coverage.onUnknown' is \"pass\".", Refused("{ \"coverage\": { \"onUnknown\": \"pass\" } }"));
    }

    [Fact]
    public void Should_Refuse_A_Bad_Option_Naming_It() =>
        Assert.StartsWith("--coverage-branch: 'lots' is not a percentage.", Refused("{}", option => option == "coverage-branch" ? "lots" : null));

    [Theory]
    [InlineData("{ \"coverage\": ", "build/config/quality.json: not valid JSON")]
    [InlineData("[1]", "build/config/quality.json: the file must hold one JSON object, not a Array.")]
    [InlineData("{ \"lint\": {} }", "build/config/quality.json: unknown gate 'lint'. Gates: formatting, analyzers, dependencies, coverage, flakyTests.")]
    [InlineData("{ \"coverage\": 80 }", "build/config/quality.json: 'coverage' must be an object with the keys enabled, mode, onUnknown, line, branch.")]
    [InlineData("{ \"coverage\": { \"lines\": 80 } }", "build/config/quality.json: unknown key 'coverage.lines'. Allowed keys in 'coverage': enabled, mode, onUnknown, line, branch.")]
    [InlineData("{ \"coverage\": { \"line\": 120 } }", "build/config/quality.json: 'coverage.line' is 120. Allowed: a number from 0 to 100.")]
    [InlineData("{ \"analyzers\": { \"maxWarnings\": \"none\" } }", "build/config/quality.json: 'analyzers.maxWarnings' is \"none\". Allowed: a whole number from 0 to 100000.")]
    [InlineData("{ \"flakyTests\": { \"retries\": 2.5 } }", "build/config/quality.json: 'flakyTests.retries' is 2.5. Allowed: a whole number from 0 to 10.")]
    [InlineData("{ \"formatting\": { \"mode\": \"strict\" } }", "build/config/quality.json: 'formatting.mode' is \"strict\". Allowed: \"fail\" or \"warn\".")]
    [InlineData("{ \"dependencies\": { \"enabled\": \"yes\" } }", "build/config/quality.json: 'dependencies.enabled' is \"yes\". Allowed: true or false.")]
    public void Should_Refuse_A_Bad_File_Naming_The_Key_And_What_Is_Allowed(string json, string expected) =>
        Assert.StartsWith(expected, Refused(json));
}
