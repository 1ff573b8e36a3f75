using System.Text.RegularExpressions;
using Qte.Pipeline.Report;

namespace Qte.Pipeline.Tests.Report;

/// <summary>The report in a real browser: headless Chromium lays the page out from disk and measures every section.</summary>
public sealed class PipelineReportBrowserTests
{
    [BrowserFact]
    [Trait("Category", "EndToEnd")]
    public void Should_Render_Every_Section_In_Headless_Chromium_And_Take_A_Screenshot()
    {
        using var directory = new TemporaryDirectory();
        var (run, trend, history) = PipelineReportTests.EveryStage();
        var page = directory.Write(PipelineReport.FileName, PipelineReport.Html(run, trend, history));
        var screenshot = System.IO.Path.Combine(directory.Path, "screenshot.png");

        var dom = Chromium.Run(page, "--virtual-time-budget=5000", "--dump-dom");
        Chromium.Run(page, "--window-size=1280,3000", $"--screenshot={screenshot}");

        // The page's script wrote each section's laid-out height into body[data-rendered].
        var rendered = Regex.Match(dom, "data-rendered=\"([^\"]*)\"").Groups[1].Value;
        var heights = rendered.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split(':')).ToDictionary(p => p[0], p => int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(PipelineReportTests.AllSections, heights.Keys);
        Assert.All(heights, h => Assert.True(h.Value > 20, $"section {h.Key} is {h.Value} px high"));
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is empty");
    }
}
