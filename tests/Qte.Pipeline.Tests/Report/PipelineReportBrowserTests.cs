using System.Globalization;
using System.Text.RegularExpressions;
using Qte.Pipeline.Report;
using static Qte.Pipeline.Tests.History.RunHistoryTests;

namespace Qte.Pipeline.Tests.Report;

/// <summary>
/// The report in a real browser: headless Chromium lays out a Default run's kept page and the latest page (a Status run
/// with the index) at 800 and 1280 px, and the page's own script says what rendered (see PageShell). The screenshots go
/// to the repository's artifacts/report/ (report-test-800.png, report-test-1280.png).
/// </summary>
public sealed partial class PipelineReportBrowserTests
{
    [BrowserTheory]
    [Trait("Category", "EndToEnd")]
    [InlineData(800)]
    [InlineData(1280)]
    public void Should_Render_Every_Section_And_Chart_Without_Overflow(int width)
    {
        using var directory = new TemporaryDirectory();
        var archive = new ReportArchive(Path.Combine(directory.Path, "history", "reports"));
        var page = ReportFixtures.EveryStagePage();
        archive.Publish(page, page.History, Path.Combine(directory.Path, "report"), keep: 50);
        var status = Run("status-run", 3, target: "Status", tasks: ("Status", 2));
        var (latest, _) = archive.Publish(new ReportPage(status, null, [.. page.History, page.Run]), [.. page.History, page.Run], Path.Combine(directory.Path, "report"), keep: 50);

        var kept = Layout(archive.PagePath("second"), width);
        Assert.Equal(ReportFixtures.AllSections, kept.Sections.Keys);
        Assert.All(kept.Sections, s => Assert.True(s.Value > 20, $"section {s.Key} is {s.Value} px high"));
        Assert.Equal(ReportFixtures.AllCharts, kept.Charts.Select(c => c.Name).Distinct());
        Assert.All(kept.Charts, c => Assert.True(c.Marks > 0 && c.Width > 100 && c.Height > 50, $"chart {c.Name}: {c.Marks} marks, {c.Width}x{c.Height} px"));
        Assert.Equal(0, kept.NaN);
        Assert.Equal(width, kept.WindowWidth);
        Assert.True(kept.ScrollWidth <= kept.WindowWidth, $"the page is {kept.ScrollWidth} px wide in a {kept.WindowWidth} px window");

        var index = Layout(latest, width);
        Assert.True(index.ScrollWidth <= index.WindowWidth, $"the latest page is {index.ScrollWidth} px wide in a {index.WindowWidth} px window");
        Assert.Equal(["second", "status-run"], index.Links.Select(href => Path.GetFileName(Path.GetDirectoryName(href))).Order(StringComparer.Ordinal));
        Assert.All(index.Links, href => Assert.True(File.Exists(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(latest)!, href))), $"{href} does not lead to a page"));

        var screenshot = Path.Combine(RepositoryArtifacts(), $"report-test-{width}.png");
        Chromium.Run(archive.PagePath("second"), $"--window-size={width},4000", $"--screenshot={screenshot}");
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is empty");
    }

    private static Rendered Layout(string page, int width)
    {
        var dom = Chromium.Run(page, $"--window-size={width},2000", "--virtual-time-budget=5000", "--dump-dom");
        string Attribute(string name) => Regex.Match(dom, $"data-{name}=\"([^\"]*)\"").Groups[1].Value;
        var sections = Attribute("rendered").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split(':'))
            .ToDictionary(p => p[0], p => int.Parse(p[1], CultureInfo.InvariantCulture));
        var charts = Attribute("charts").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => ChartFigures().Match(c))
            .Select(m => (m.Groups[1].Value, int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture)))
            .ToList();
        var links = IndexLinks().Matches(dom).Select(m => m.Groups[1].Value).ToList();
        return new Rendered(
            sections, charts, int.Parse(Attribute("nan"), CultureInfo.InvariantCulture),
            int.Parse(Attribute("scroll-width"), CultureInfo.InvariantCulture), int.Parse(Attribute("window-width"), CultureInfo.InvariantCulture), links);
    }

    private static string RepositoryArtifacts()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "QteBuild.slnx")))
        {
            directory = directory.Parent;
        }

        return Directory.CreateDirectory(Path.Combine(directory.FullName, "artifacts", "report")).FullName;
    }

    [GeneratedRegex("^([^:]+):([0-9]+):([0-9]+)x([0-9]+)$")]
    private static partial Regex ChartFigures();

    [GeneratedRegex("<td><a href=\"([^\"]+)\">")]
    private static partial Regex IndexLinks();

    private sealed record Rendered(
        Dictionary<string, int> Sections, List<(string Name, int Marks, int Width, int Height)> Charts, int NaN, int ScrollWidth, int WindowWidth, List<string> Links);
}
