using System.Text;
using Newtonsoft.Json.Linq;
using Qte.Pipeline.Report.Charts;
using static Qte.Pipeline.Report.ReportFormat;

namespace Qte.Pipeline.Report.Sections;

/// <summary>Each experiment: the decision on each variant, whether the split can be trusted, and a forest plot per metric.</summary>
internal static class AbTestSection
{
    private const string ConversionRate = "conversion_rate";

    public static string Html(JArray experiments)
    {
        var rows = experiments.OfType<JObject>().ToList();
        var decisions = rows.SelectMany(e => (e["decisions"] as JArray ?? []).OfType<JObject>().Select(d => (Experiment: e.Value<string>("experiment"), Decision: d))).ToList();
        var verdict = decisions.Count == 0
            ? Verdict.Warn("No experiment reached a decision.")
            : Verdict.Plain(string.Join("; ", decisions.Select(d => $"{d.Experiment}, {d.Decision.Value<string>("variant")}: {d.Decision.Value<string>("decision")}")) + ".");
        var body = new StringBuilder();
        foreach (var experiment in rows)
        {
            body.Append(Experiment(experiment));
        }

        return HtmlParts.Section("abTest", "A/B test", verdict, body.ToString());
    }

    private static string Experiment(JObject experiment)
    {
        var key = experiment.Value<string>("experiment") ?? "experiment";
        var decisions = (experiment["decisions"] as JArray ?? []).OfType<JObject>().ToDictionary(d => d.Value<string>("variant") ?? string.Empty, d => d);
        var confidence = experiment.Value<double?>("confidence") ?? 0.95;
        var html = new StringBuilder($"<h3>{E(key)}</h3>\n");
        html.Append(HtmlParts.Figures(
        [
            ("Users exposed", E(Count(experiment.Value<long?>("exposed") ?? 0))),
            ("Traffic split", experiment.Value<bool?>("trustworthy") switch
            {
                true => "as planned (no sample ratio mismatch)",
                false => "<span class=\"bad\">not as planned: a sample ratio mismatch, so these numbers cannot be trusted</span>",
                _ => "not checked",
            }),
            .. decisions.Values.Select(d => ($"Decision on {d.Value<string>("variant")}", E($"{d.Value<string>("decision")}: {d.Value<string>("reason")}"))),
        ]));
        var metrics = (experiment["metrics"] as JArray ?? []).OfType<JObject>().ToList();
        foreach (var metric in metrics.GroupBy(m => m.Value<string>("metric") ?? string.Empty))
        {
            var name = metric.First().Value<string>("metricName") ?? metric.Key;
            var figures = metric.Where(m => m.Value<double?>("uplift") is not null && m.Value<double?>("lower") is not null && m.Value<double?>("upper") is not null)
                .Select(m => new UpliftFigures(
                    m.Value<string>("variant") ?? string.Empty, m.Value<double>("uplift"), m.Value<double>("lower"), m.Value<double>("upper"),
                    decisions.GetValueOrDefault(m.Value<string>("variant") ?? string.Empty)?.Value<string>("decision") ?? "keep running"))
                .ToList();
            if (figures.Count > 0)
            {
                html.Append(ForestPlot.Svg("abTest", $"{name}, {Percent(confidence, 0)} intervals", figures, Uplift(metric.Key)));
            }
        }

        html.Append(HtmlParts.Table(
            ["Metric", "Variant", "Control", "Variant's value", "Uplift", $"{Percent(confidence, 0)} interval", "Adjusted p", "Significant"],
            metrics.Select(Row)));
        return html.ToString();
    }

    private static IReadOnlyList<Cell> Row(JObject m)
    {
        var uplift = Uplift(m.Value<string>("metric"));
        var interval = m.Value<double?>("lower") is { } lower && m.Value<double?>("upper") is { } upper ? $"{uplift(lower)} to {uplift(upper)}" : "not measured";
        var significant = m.Value<bool?>("significant") is { } yes ? (yes ? "yes" : "no") : "not tested";
        return
        [
            Cell.Text(m.Value<string>("metricName") ?? m.Value<string>("metric")), Cell.Text(m.Value<string>("variant")),
            Cell.Figure(Value(m, "control")), Cell.Figure(Value(m, "value")),
            Cell.Figure(m.Value<double?>("uplift") is { } u ? uplift(u) : "not measured"), Cell.Figure(interval),
            Cell.Figure(m.Value<string>("adjustedPText") ?? "not tested"), Cell.Text(significant),
        ];
    }

    // A conversion rate is a fraction, its uplift a difference of percentages; engagement is requests per user.
    private static Func<double, string> Uplift(string? metric) => metric == ConversionRate
        ? v => Number(v * 100, "+0.0#;−0.0#;0") + " pp"
        : v => Number(v, "+0.0##;−0.0##;0");

    private static string Value(JObject metric, string key) => metric.Value<double?>(key) is not { } v ? "not measured"
        : metric.Value<string>("metric") == ConversionRate ? Percent(v, 2) : Number(v, "0.###") + " per user";
}
