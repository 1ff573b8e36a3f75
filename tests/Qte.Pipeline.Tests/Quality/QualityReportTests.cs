using Newtonsoft.Json.Linq;
using Qte.Pipeline.Coverage;
using Qte.Pipeline.Quality;
using Qte.Pipeline.Quality.Affected;
using Qte.Pipeline.Quality.FlakyTests;
using Qte.Pipeline.Testing;

namespace Qte.Pipeline.Tests.Quality;

public sealed class QualityReportTests
{
    private static readonly GateResult Failing = new(
        "analyzers", GateVerdict.Fail, "12 warning(s)", "at most 0 warning(s)", "Fix each finding.",
        Enumerable.Range(1, 12).Select(i => $"src/A.cs({i},1): warning CA1822: static").ToList());

    private static readonly GateResult Passing = new("formatting", GateVerdict.Pass, "0 file(s)", "at most 0 file(s)", "Run dotnet format.", []);

    [Fact]
    public void Should_Fail_When_A_Gate_Fails_And_Pass_On_Warnings_And_Unknowns()
    {
        Assert.False(new QualityReport([Passing, Failing], null).Passed);
        Assert.True(new QualityReport([Passing, Failing with { Verdict = GateVerdict.Warn }, Passing with { Verdict = GateVerdict.Unknown }], null).Passed);
    }

    [Fact]
    public void Should_Fail_On_An_Unknown_Gate_Set_To_Fail_On_Unknown_And_Say_Unknown_In_The_Summary()
    {
        var unknown = Passing with { Gate = "dependencies", Verdict = GateVerdict.Unknown, Measured = "no vulnerability data" };

        var warned = new QualityReport([Passing, unknown], null);
        var failed = new QualityReport([Passing, unknown with { OnUnknown = GateMode.Fail }], null);

        Assert.True(warned.Passed);
        Assert.Equal("Quality gates passed: 1 pass, 1 unknown; unknown: dependencies (onUnknown warn).", warned.Summary);
        Assert.False(failed.Passed);
        Assert.Equal(["dependencies"], failed.Failed.Select(g => g.Gate));
        Assert.Contains("unknown: dependencies (onUnknown fail)", failed.ToMarkdown());
        Assert.Equal(["dependencies"], failed.ToJson()["unknown"]!.Select(g => (string?)g));
    }

    [Fact]
    public void Should_Write_Json_And_Markdown_With_Verdicts_Findings_And_How_To_Fix()
    {
        using var directory = new TemporaryDirectory();
        var plan = AffectedTestPlan.Everything("global.json changed, and every project builds with it", ["global.json"]);

        new QualityReport([Passing, Failing], plan).Write(directory.Path);

        var json = JObject.Parse(File.ReadAllText(Path.Combine(directory.Path, QualityReport.JsonFileName)));
        Assert.False((bool)json["passed"]!);
        Assert.Equal(["pass", "fail"], json["gates"]!.Select(g => (string?)g["verdict"]));
        Assert.Equal(12, ((JArray)json["gates"]![1]!["findings"]!).Count);
        Assert.True((bool)json["affectedTests"]!["all"]!);

        var markdown = File.ReadAllText(Path.Combine(directory.Path, QualityReport.MarkdownFileName));
        Assert.Contains("| analyzers | ❌ fail | 12 warning(s) | at most 0 warning(s) |", markdown);
        Assert.Contains("- … and 2 more in quality-report.json", markdown);
        Assert.Contains("How to fix: Fix each finding.", markdown);
        Assert.Contains("Affected tests: all test projects: global.json changed", markdown);
    }

    [Fact]
    public void Should_Report_The_Coverage_Gate_Of_Stage_1B()
    {
        var settings = new CoverageGateSettings(GateSwitch.On, new CoverageThresholds(80, 70));

        Assert.Equal(GateVerdict.Unknown, CoverageQualityGate.Evaluate(null, settings).Verdict);
        Assert.Equal(GateVerdict.Pass, CoverageQualityGate.Evaluate(new CoverageGateResult(true, "lines 95 %", []), settings).Verdict);
        var warned = CoverageQualityGate.Evaluate(new CoverageGateResult(false, "lines 50 %", []), settings with { Switch = new GateSwitch(true, GateMode.Warn) });
        Assert.Equal((GateVerdict.Warn, "lines 50 %", "lines ≥ 80 %, branches ≥ 70 %"), (warned.Verdict, warned.Measured, warned.Threshold));
        Assert.Equal(GateVerdict.Off, CoverageQualityGate.Evaluate(null, settings with { Switch = new GateSwitch(false, GateMode.Fail) }).Verdict);
    }

    [Fact]
    public void Should_Report_Flaky_And_Flipped_Tests()
    {
        var settings = new FlakyTestsGateSettings(new GateSwitch(true, GateMode.Warn), 2, 0, 10);
        RetriedTest[] retried = [new(new TestFailure("Ns.T.Flaky", "boom"), "Ns", 2, 1), new(new TestFailure("Ns.T.Broken", "boom"), "Ns", 2, null)];

        var result = FlakyTestsGate.Evaluate(retried, [("Ns.T.Flaky", ["passed", "flaky"])], settings);

        Assert.Equal(GateVerdict.Warn, result.Verdict);
        Assert.StartsWith("1 flaky test(s) in this run", result.Measured);
        Assert.Equal(["Ns.T.Flaky: failed, then passed on retry 1 of 2 (flaky)", "Ns.T.Flaky: passed → flaky over the last 2 run(s)"], result.Findings);
        Assert.Equal(GateVerdict.Unknown, FlakyTestsGate.Evaluate(null, [], settings).Verdict);
        Assert.Equal(GateVerdict.Pass, FlakyTestsGate.Evaluate([], [], settings with { Switch = GateSwitch.On }).Verdict);
    }
}
