using Newtonsoft.Json.Linq;
using Qte.Pipeline.History;
using Qte.Pipeline.Report;
using static Qte.Pipeline.Tests.History.RunHistoryTests;

namespace Qte.Pipeline.Tests.Report;

public sealed class PipelineReportTests
{
    internal static readonly string[] AllSections =
        ["summary", "timeline", "trend", "tests", "coverage", "quality", "deployments", "canary", "abTest", "loadTest", "alerts"];

    /// <summary>A run that recorded every stage's result, after one earlier run.</summary>
    internal static (RunRecord Run, Trend Trend, RunRecord[] History) EveryStage()
    {
        RunRecord[] history = [Run("first", 150, tasks: [("Build", 30), ("Test", 70)])];
        var run = Run("second", 160, tasks: [("Build", 31), ("Test", 80)]) with
        {
            Version = "1.2.0-alpha.3",
            Results = new JObject
            {
                ["tests"] = new JObject { ["passed"] = 410, ["failed"] = 0 },
                ["coverage"] = new JObject { ["passed"] = true, ["message"] = "lines 90.6 %" },
                ["quality"] = new JArray(new JObject { ["gate"] = "formatting", ["verdict"] = "pass" }),
                ["deployments"] = new JArray(new JObject { ["environment"] = "dev", ["outcome"] = "Succeeded" }),
                ["canary"] = new JObject { ["outcome"] = "promoted", ["steps"] = new JArray(new JObject { ["weight"] = 10, ["verdict"] = "Pass" }) },
                ["abTest"] = new JArray(new JObject { ["experiment"] = "checkout-flow", ["interval95"] = "[0.08, 0.17]" }),
                ["loadTest"] = new JObject { ["requests"] = 5500, ["latencyMs"] = new JObject { ["p95"] = 8.9 } },
                ["alerts"] = new JArray(),
            },
        };
        return (run, Trend.Analyze(history, run, new TrendSettings()), history);
    }

    [Fact]
    public void Should_Write_One_Self_Contained_Page_With_A_Section_For_Each_Result()
    {
        var (run, trend, history) = EveryStage();

        var html = PipelineReport.Html(run, trend, history);

        foreach (var section in AllSections)
        {
            Assert.Contains($"data-section=\"{section}\"", html);
        }

        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal));
        Assert.DoesNotContain("https://", html);
        Assert.Contains("<td>Test</td><td class=\"n\">80.0</td><td class=\"n\">70.0</td><td class=\"n\">+10.0</td><td class=\"n\">+14</td>", html);
        Assert.Contains("[0.08, 0.17]", html);
    }

    [Fact]
    public void Should_Leave_Out_Sections_A_Run_Did_Not_Reach_And_Escape_Text()
    {
        var run = Run("<b>x</b>", 10, "failed", target: "Stage1A", tasks: ("Test", 5));

        var html = PipelineReport.Html(run, trend: null, []);

        Assert.Contains("data-section=\"tests\"", html);
        Assert.DoesNotContain("data-section=\"loadTest\"", html);
        Assert.DoesNotContain("data-section=\"trend\"", html);
        Assert.Contains("&lt;b&gt;x&lt;/b&gt;", html);
    }

    [Fact]
    public void Should_Sum_Up_The_Trend_In_Markdown()
    {
        var (run, trend, _) = EveryStage();

        var markdown = ReportSummary.Markdown(run, trend);

        Assert.Contains("| Test | 80.0 | 70.0 | +10.0 s (+14 %) |", markdown);
        Assert.Contains("Success rate 2 of 2 recent runs.", markdown);
    }
}
