using System.Text.RegularExpressions;
using Qte.Pipeline.Report;
using static Qte.Pipeline.Tests.History.RunHistoryTests;

namespace Qte.Pipeline.Tests.Report;

public sealed partial class PipelineReportTests
{
    [Fact]
    public void Should_Write_One_Self_Contained_Page_With_A_Verdict_And_A_Section_For_Each_Result()
    {
        var html = PipelineReport.Html(ReportFixtures.EveryStagePage());

        Assert.Equal(ReportFixtures.AllSections, SectionKeys().Matches(html).Select(m => m.Groups[1].Value));
        Assert.Equal(ReportFixtures.AllSections.Length, VerdictAfterHeading().Count(html));
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal));
        Assert.DoesNotContain("https://", html);
    }

    [Fact]
    public void Should_Draw_Every_Chart_With_Data_Marks()
    {
        var html = PipelineReport.Html(ReportFixtures.EveryStagePage());

        var charts = ChartMarkup().Matches(html).Select(m => (Name: m.Groups[1].Value, Body: m.Groups[2].Value)).ToList();
        Assert.Equal(ReportFixtures.AllCharts, charts.Select(c => c.Name).Distinct());
        Assert.All(charts, c => Assert.Contains("class=\"datum\"", c.Body));

        // Two forest plots (one a metric), the canary's 3 steps as 2 bars a panel, the two runs on the total-time line.
        Assert.Equal(2, charts.Count(c => c.Name == "abTest"));
        Assert.Equal(12, Regex.Count(charts.Single(c => c.Name == "canary").Body, "<rect class=\"datum\""));
        Assert.Equal(2, Regex.Count(charts.Single(c => c.Name == "totalTime").Body, "<circle class=\"datum\""));
        Assert.DoesNotContain("NaN", html);
        Assert.DoesNotContain("Infinity", html);
    }

    [Fact]
    public void Should_Say_Figures_In_Words_With_Units()
    {
        var html = PipelineReport.Html(ReportFixtures.EveryStagePage());

        Assert.Contains("<dt>Canary share of requests</dt><dd>54.5 %</dd>", html);
        Assert.Contains("<td class=\"n\">&lt; 1e-10</td>", html);
        Assert.Contains("<td class=\"n\">+12.0 pp</td><td class=\"n\">+8.0 pp to +17.0 pp</td>", html);
        Assert.Contains("<dt>Throughput</dt><dd>1,099.8 requests/s</dd>", html);
        Assert.Contains("p95 8.90 ms", html);
        Assert.Contains("<td>Test</td><td class=\"n\">80.0 s</td><td class=\"n\">70.0 s</td><td class=\"n\">+10.0 s (+14 %)</td>", html);
        Assert.Contains("1 of 2 test projects was restored from the cache", html);
        Assert.Contains("nothing to deploy", html);
        foreach (var identifier in new[] { "canaryShare", "failedCheck", "throughputPerSecond", ">null<", ">false<", ">False<", "interval95" })
        {
            Assert.DoesNotContain(identifier, html);
        }
    }

    [Fact]
    public void Should_Say_First_Which_Task_Failed_And_Why()
    {
        var run = ReportFixtures.FailedDeploy();

        var html = PipelineReport.Html(new ReportPage(run, null, []));
        var markdown = ReportSummary.Markdown(run, null);

        var firstVerdict = VerdictAfterHeading().Match(html).Groups[1].Value;
        Assert.Equal("Failed: task Deploy failed: Deploy to dev failed: readiness: /health/ready answered 503 for 30 s", firstVerdict);
        Assert.Contains("class=\"verdict bad\"", html[..html.IndexOf(firstVerdict, StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.StartsWith("## QTE Build: Stage3v1 failed\n\nFailed: task Deploy failed: Deploy to dev failed: readiness", markdown.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Give_The_Reason_Of_A_Run_That_Failed_Outside_Its_Tasks()
    {
        var run = Run("over", 12, "failed", target: "Build", tasks: ("Build", 12)) with { FailureReason = "The run took 12.0 s, over its time budget of 1.0 s." };

        var html = PipelineReport.Html(new ReportPage(run, null, []));

        Assert.Equal("Failed: The run took 12.0 s, over its time budget of 1.0 s.", VerdictAfterHeading().Match(html).Groups[1].Value);
    }

    [Fact]
    public void Should_Leave_Out_Sections_A_Run_Did_Not_Reach_And_Escape_Text()
    {
        var run = Run("<b>x</b>", 10, "failed", target: "Stage1A", tasks: ("Test", 5));

        var html = PipelineReport.Html(new ReportPage(run, null, []));

        Assert.Contains("data-section=\"tests\"", html);
        Assert.DoesNotContain("data-section=\"loadTest\"", html);
        Assert.DoesNotContain("data-section=\"trend\"", html);
        Assert.DoesNotContain("data-section=\"runs\"", html);
        Assert.Contains("&lt;b&gt;x&lt;/b&gt;", html);
    }

    [Fact]
    public void Should_Sum_Up_The_Trend_In_Markdown()
    {
        var (run, trend, _) = ReportFixtures.EveryStage();

        var markdown = ReportSummary.Markdown(run, trend);

        Assert.Contains("| Test | 80.0 | 70.0 | +10.0 s (+14 %) |", markdown);
        Assert.Contains("Success rate 2 of 2 recent runs.", markdown);
    }

    [GeneratedRegex("<section data-section=\"([^\"]+)\">")]
    private static partial Regex SectionKeys();

    [GeneratedRegex("</h2>\n<p class=\"verdict [a-z]+\">([^<]+)</p>")]
    private static partial Regex VerdictAfterHeading();

    [GeneratedRegex("<svg[^>]*data-chart=\"([^\"]+)\"[^>]*>(.*?)</svg>", RegexOptions.Singleline)]
    private static partial Regex ChartMarkup();
}
