using System.Text;
using Newtonsoft.Json.Linq;
using Qte.Pipeline.Report.Sections;
using static Qte.Pipeline.Report.ReportFormat;

namespace Qte.Pipeline.Report;

/// <summary>
/// A run's report page: one self-contained file (inline CSS and SVG, no network) that opens with the run's verdict (for
/// a failed run, which task failed and why), then the timeline, the trend with recent totals, and a section for each
/// stage result the run recorded, each starting with a one-line verdict; the latest run's page ends with the index of
/// kept runs. See <see cref="PageShell"/> for what the page tells a headless browser.
/// </summary>
public static class PipelineReport
{
    public const string FileName = "index.html";

    public static string Html(ReportPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var run = page.Run;
        var html = new StringBuilder(PageShell.Head($"QTE Build: {run.Target} {run.Result}"));
        if (page.LatestPageHref is { } latest)
        {
            html.Append(Invariant($"<nav><a href=\"{E(latest)}\">All kept runs, and the latest</a></nav>\n"));
        }

        html.Append(Invariant($"<h1>QTE Build: {E(run.Target)}, {E(run.Result)}</h1>\n"));
        html.Append(SummarySection.Html(run));
        html.Append(TimelineSection.Html(run));
        if (page.Trend is { } trend)
        {
            html.Append(TrendSection.Html(trend, run, page.History));
        }

        var results = run.Results;
        Append(html, results["tests"] as JObject, TestsSection.Html);
        Append(html, results["coverage"] as JObject, c => CoverageSection.Html(c, run, page.History));
        Append(html, results["quality"] as JArray, QualitySection.Html);
        Append(html, results["deployments"] as JArray, DeploymentsSection.Html);
        Append(html, results["canary"] as JObject, CanarySection.Html);
        Append(html, results["abTest"] as JArray, AbTestSection.Html);
        Append(html, results["loadTest"] as JObject, l => LoadTestSection.Html(l, page.LoadTestChartSvg is { } svg ? Inline(svg) : null));
        Append(html, results["alerts"] as JArray, AlertsSection.Html);
        if (page.Index is { Count: > 0 } index)
        {
            html.Append(RunIndexSection.Html(index));
        }

        return html.Append(PageShell.Tail).ToString();
    }

    private static void Append<T>(StringBuilder html, T? result, Func<T, string> section)
        where T : JToken
    {
        if (result is not null)
        {
            html.Append(section(result));
        }
    }

    // Another chart's SVG document, named and sized as the page's own charts are (it keeps its viewBox).
    private static string Inline(string svg)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return start < 0 ? svg : "<svg class=\"chart\" data-chart=\"loadTest\"" + svg[(start + 4)..];
    }
}
