using System.Globalization;
using System.Net;
using System.Text;
using Newtonsoft.Json.Linq;
using Qte.Pipeline.History;

namespace Qte.Pipeline.Report;

/// <summary>
/// artifacts/report/index.html: one self-contained page (inline CSS and SVG, no network) with the run's summary and
/// budget bar, the task timeline, the trend against the baseline with recent runs' totals, and a section for each
/// stage result the run recorded. A small inline script measures each section once laid out and writes the heights
/// into body[data-rendered], so a headless browser can say that every section rendered.
/// </summary>
public static class PipelineReport
{
    public const string FileName = "index.html";

    /// <summary>The stage results the page shows, in order, with their titles; a run shows those it recorded.</summary>
    public static readonly IReadOnlyList<(string Key, string Title)> ResultSections =
    [
        ("tests", "Tests"), ("coverage", "Coverage"), ("quality", "Quality gates"), ("deployments", "Deployments"),
        ("canary", "Canary"), ("abTest", "A/B test"), ("loadTest", "Load test"), ("alerts", "Alerts"),
    ];

    public static string Html(RunRecord run, Trend? trend, IReadOnlyList<RunRecord> recent)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(recent);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>QTE Build: {E(run.Target)} {E(run.Version ?? string.Empty)}</title>
            <style>
            body {"{"} font-family: system-ui, sans-serif; margin: 2rem; color: #222; max-width: 1100px; {"}"}
            section {"{"} margin: 1.5rem 0; {"}"} h2 {"{"} border-bottom: 1px solid #ccc; padding-bottom: .2rem; {"}"}
            table {"{"} border-collapse: collapse; {"}"} td, th {"{"} border: 1px solid #ddd; padding: .25rem .5rem; text-align: left; vertical-align: top; {"}"}
            td.n {"{"} text-align: right; font-variant-numeric: tabular-nums; {"}"} .bad {"{"} color: #b00020; font-weight: bold; {"}"} .good {"{"} color: #1b7f3b; {"}"}
            .bar {"{"} background: #eee; height: 1.2rem; width: 100%; max-width: 600px; {"}"} .fill {"{"} height: 100%; {"}"}
            </style></head>
            <body data-rendered="">
            <h1>QTE Build: {E(run.Target)}</h1>

            """);
        Summary(html, run);
        Timeline(html, run);
        if (trend is not null)
        {
            Trends(html, trend, recent, run);
        }

        foreach (var (key, title) in ResultSections)
        {
            if (run.Results[key] is { } result)
            {
                html.Append(CultureInfo.InvariantCulture, $"<section data-section=\"{key}\"><h2>{E(title)}</h2>\n{Render(result)}</section>\n");
            }
        }

        html.Append("""
            <script>
            window.addEventListener('load', function () {
              var heights = [];
              document.querySelectorAll('section[data-section]').forEach(function (s) {
                heights.push(s.dataset.section + ':' + Math.round(s.getBoundingClientRect().height));
              });
              document.body.dataset.rendered = heights.join(' ');
            });
            </script>
            </body></html>

            """);
        return html.ToString();
    }

    private static void Summary(StringBuilder html, RunRecord run)
    {
        var share = run.BudgetSeconds > 0 ? run.TotalSeconds / run.BudgetSeconds : 0;
        var colour = share > 1 ? "#b00020" : share >= 0.8 ? "#e0a000" : "#1b7f3b";
        html.Append(CultureInfo.InvariantCulture, $"""
            <section data-section="summary"><h2>Summary</h2>
            <p class="{(run.Succeeded ? "good" : "bad")}">{E(run.Result)}</p>
            <table>
            <tr><th>Run</th><td>{E(run.RunId)}</td></tr><tr><th>Version</th><td>{E(run.Version ?? "-")}</td></tr>
            <tr><th>Commit</th><td>{E(run.Commit ?? "-")} on {E(run.Branch ?? "-")}</td></tr><tr><th>Started</th><td>{run.Started:u}</td></tr>
            <tr><th>Time</th><td>{run.TotalSeconds:0.0} s of a {run.BudgetSeconds:0} s budget ({share * 100:0} %)</td></tr>
            </table>
            <div class="bar" title="time budget"><div class="fill" style="width:{Math.Min(100, share * 100):0.#}%;background:{colour}"></div></div>
            </section>

            """);
    }

    // A Gantt chart of the tasks: one bar a task, from its start, as long as it took.
    private static void Timeline(StringBuilder html, RunRecord run)
    {
        var tasks = run.Tasks.Where(t => t.Outcome != "Skipped").ToList();
        var span = Math.Max(1, tasks.Count == 0 ? 1 : tasks.Max(t => t.StartSeconds + t.Seconds));
        const int left = 150, width = 900, row = 18;
        var height = (tasks.Count * row) + 30;
        html.Append(CultureInfo.InvariantCulture, $"<section data-section=\"timeline\"><h2>Timeline</h2>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{left + width + 60}\" height=\"{height}\" font-size=\"11\">\n");
        for (var i = 0; i < tasks.Count; i++)
        {
            var t = tasks[i];
            var x = left + (width * t.StartSeconds / span);
            var w = Math.Max(1, width * t.Seconds / span);
            var fill = t.Outcome == "Failed" ? "#b00020" : "#4c72b0";
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{(i * row) + 13}\" text-anchor=\"end\">{E(t.Name)}</text>");
            html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{(i * row) + 3}\" width=\"{w:0.#}\" height=\"{row - 6}\" fill=\"{fill}\"><title>{E(t.Name)}: {t.Seconds:0.0} s from {t.StartSeconds:0.0} s</title></rect>");
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + w + 4:0.#}\" y=\"{(i * row) + 13}\">{t.Seconds:0.0} s</text>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"<text x=\"{left}\" y=\"{height - 4}\">0 s</text><text x=\"{left + width}\" y=\"{height - 4}\" text-anchor=\"end\">{span:0} s</text>\n</svg></section>\n");
    }

    private static void Trends(StringBuilder html, Trend trend, IReadOnlyList<RunRecord> recent, RunRecord run)
    {
        html.Append(CultureInfo.InvariantCulture, $"""
            <section data-section="trend"><h2>Trend</h2>
            <p>Baseline: {E(trend.Baseline)}. Success rate: {trend.Successes} of {trend.Runs} recent {E(run.Target)} runs ({trend.SuccessRate * 100:0} %). Budget margin: {trend.BudgetMarginSeconds:0.0} s.</p>
            <table><tr><th>Task</th><th>Now (s)</th><th>Baseline (s)</th><th>Change (s)</th><th>Change (%)</th><th></th></tr>

            """);
        foreach (var r in trend.Rows)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{E(r.Task)}</td><td class=\"n\">{r.Seconds:0.0}</td><td class=\"n\">{Number(r.BaselineSeconds, "0.0")}</td><td class=\"n\">{Number(r.DeltaSeconds, "+0.0;-0.0;0.0")}</td><td class=\"n\">{Number(r.DeltaPercent, "+0;-0;0")}</td><td class=\"bad\">{(r.Regression ? "regression" : string.Empty)}</td></tr>\n");
        }

        html.Append("</table>\n");
        TotalsChart(html, [.. recent.Where(r => r.Target == run.Target).TakeLast(19), run]);
        html.Append("</section>\n");
    }

    // Total time of recent runs of the target, this one last: a bar each, red when the run failed, the budget as a line.
    private static void TotalsChart(StringBuilder html, IReadOnlyList<RunRecord> runs)
    {
        const int width = 600, height = 160, bottom = 20;
        var max = Math.Max(runs.Max(r => r.TotalSeconds), runs.Max(r => r.BudgetSeconds));
        var bar = (double)width / runs.Count;
        html.Append(CultureInfo.InvariantCulture, $"<p>Total time of the last {runs.Count} run(s), this one last; the line is the budget.</p>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height + bottom}\" font-size=\"10\">\n");
        for (var i = 0; i < runs.Count; i++)
        {
            var h = height * runs[i].TotalSeconds / max;
            html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{(i * bar) + 2:0.#}\" y=\"{height - h:0.#}\" width=\"{bar - 4:0.#}\" height=\"{h:0.#}\" fill=\"{(runs[i].Succeeded ? "#4c72b0" : "#b00020")}\"><title>{E(runs[i].RunId)}: {runs[i].TotalSeconds:0.0} s</title></rect>");
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{(i * bar) + (bar / 2):0.#}\" y=\"{height + 14}\" text-anchor=\"middle\">{runs[i].TotalSeconds:0}</text>\n");
        }

        var budget = height - (height * runs[^1].BudgetSeconds / max);
        html.Append(CultureInfo.InvariantCulture, $"<line x1=\"0\" y1=\"{budget:0.#}\" x2=\"{width}\" y2=\"{budget:0.#}\" stroke=\"#b00020\" stroke-dasharray=\"4 3\"/>\n</svg>\n");
    }

    // A stage's result as tables: an object as key/value rows, a list of objects as one table with a column per key.
    private static string Render(JToken token) => token switch
    {
        JArray { Count: 0 } => "<p>None.</p>\n",
        JArray array when array.All(i => i is JObject) => Table(array.Cast<JObject>().ToList()),
        JArray array => "<ul>" + string.Concat(array.Select(i => $"<li>{E(Scalar(i))}</li>")) + "</ul>\n",
        JObject obj => "<table>" + string.Concat(obj.Properties().Select(p =>
            $"<tr><th>{E(p.Name)}</th><td>{(p.Value is JContainer c ? Render(c) : E(Scalar(p.Value)))}</td></tr>")) + "</table>\n",
        _ => $"<p>{E(Scalar(token))}</p>\n",
    };

    private static string Table(IReadOnlyList<JObject> rows)
    {
        var columns = rows.SelectMany(r => r.Properties().Select(p => p.Name)).Distinct().ToList();
        return "<table><tr>" + string.Concat(columns.Select(c => $"<th>{E(c)}</th>")) + "</tr>"
            + string.Concat(rows.Select(r => "<tr>" + string.Concat(columns.Select(c =>
                r[c] is JContainer nested ? $"<td>{Render(nested)}</td>" : $"<td>{E(r[c] is null ? string.Empty : Scalar(r[c]!))}</td>")) + "</tr>"))
            + "</table>\n";
    }

    private static string Scalar(JToken token) => token.Type switch
    {
        JTokenType.Float => ((double)token).ToString("0.###", CultureInfo.InvariantCulture),
        JTokenType.Date => ((DateTime)token).ToString("u", CultureInfo.InvariantCulture),
        _ => token.ToString(Newtonsoft.Json.Formatting.None).Trim('"'),
    };

    private static string Number(double? value, string format) =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "-";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
