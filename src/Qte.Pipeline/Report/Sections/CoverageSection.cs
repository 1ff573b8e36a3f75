using Newtonsoft.Json.Linq;
using Qte.Pipeline.History;
using Qte.Pipeline.Report.Charts;
using static Qte.Pipeline.Report.ReportFormat;

namespace Qte.Pipeline.Report.Sections;

/// <summary>The coverage gate's verdict, the product's line and branch coverage, and both over recent runs.</summary>
internal static class CoverageSection
{
    public const int RunsCharted = 30;

    public static string Html(JObject coverage, RunRecord run, IReadOnlyList<RunRecord> history)
    {
        var message = coverage.Value<string>("message") ?? "The gate left no message.";
        var verdict = coverage.Value<bool?>("passed") == true ? Verdict.Good(message) : Verdict.Bad(message);
        if (Rates(coverage) is not { } now)
        {
            return HtmlParts.Section("coverage", "Coverage", verdict, "<p>This run recorded no coverage figures to chart.</p>\n");
        }

        var lineThreshold = coverage.Value<double?>("lineThreshold") ?? 0;
        var branchThreshold = coverage.Value<double?>("branchThreshold") ?? 0;
        var figures = HtmlParts.Figures(
        [
            ("Lines covered", E($"{PercentOf(now.Line)} (at least {PercentOf(lineThreshold, 0)} required)")),
            ("Branches covered", E($"{PercentOf(now.Branch)} (at least {PercentOf(branchThreshold, 0)} required)")),
        ]);
        List<(string Run, double Line, double Branch)> runs =
        [
            .. history.Select(r => (r.RunId, Rate: r.Results["coverage"] is JObject c ? Rates(c) : null))
                .Where(r => r.Rate is not null).Select(r => (r.RunId, r.Rate!.Value.Line, r.Rate.Value.Branch)).TakeLast(RunsCharted - 1),
            (run.RunId, now.Line, now.Branch),
        ];
        var chart = $"<h3>Coverage over the last {Plural(runs.Count, "run", "runs")} that measured it</h3>\n" + CoverageChart.Svg(runs, lineThreshold, branchThreshold);
        return HtmlParts.Section("coverage", "Coverage", verdict, figures + chart);
    }

    private static (double Line, double Branch)? Rates(JObject coverage) =>
        coverage.Value<double?>("linePercent") is { } line && coverage.Value<double?>("branchPercent") is { } branch ? (line, branch) : null;
}
