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
    public void Should_Read_The_Coverage_Thresholds()
    {
        var settings = Load("""{ "coverage": { "line": 85.5, "branch": 60 } }""");

        Assert.Equal(85.5, settings.Coverage.LinePercent);
        Assert.Equal(60, settings.Coverage.BranchPercent);
    }

    [Fact]
    public void Should_Default_To_80_And_70_Without_A_File()
    {
        var settings = QualitySettings.Load(Path.Combine(Path.GetTempPath(), "no-such-quality.json"), None, None);

        Assert.Equal(new Qte.Pipeline.Coverage.CoverageThresholds(80, 70), settings.Coverage);
    }

    [Fact]
    public void Should_Let_The_Command_Line_Then_The_Environment_Win_Over_The_File()
    {
        var settings = Load(
            """{ "coverage": { "line": 80, "branch": 70 } }""",
            option => option == "coverage-line" ? "95" : null,
            variable => variable is "QTE_COVERAGE_LINE" or "QTE_COVERAGE_BRANCH" ? "50" : null);

        Assert.Equal(95, settings.Coverage.LinePercent);
        Assert.Equal(50, settings.Coverage.BranchPercent);
    }

    [Fact]
    public void Should_Refuse_A_Threshold_Outside_0_To_100_Naming_File_And_Key() =>
        Assert.Equal(
            "build/config/quality.json: coverage.line: '120' is not a percentage. Allowed: a number from 0 to 100, e.g. 80.",
            Refused("""{ "coverage": { "line": 120 } }"""));

    [Fact]
    public void Should_Refuse_A_Bad_Option_Naming_It() =>
        Assert.StartsWith("--coverage-branch: 'lots' is not a percentage.", Refused("{}", option => option == "coverage-branch" ? "lots" : null));

    [Theory]
    [InlineData("{ \"coverage\": ", "build/config/quality.json: not valid JSON")]
    [InlineData("[1]", "build/config/quality.json: the file must hold one JSON object, not a Array.")]
    [InlineData("{ \"coverag\": {} }", "build/config/quality.json: unknown key 'coverag'. Allowed keys: coverage.")]
    [InlineData("{ \"coverage\": 80 }", "build/config/quality.json: 'coverage' must be an object with the keys line, branch.")]
    [InlineData("{ \"coverage\": { \"lines\": 80 } }", "build/config/quality.json: unknown key 'coverage.lines'. Allowed keys in 'coverage': line, branch.")]
    public void Should_Refuse_An_Unreadable_File_Saying_Why(string json, string expected) =>
        Assert.StartsWith(expected, Refused(json));
}
