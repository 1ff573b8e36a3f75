using Newtonsoft.Json.Linq;
using Qte.Pipeline.Report.Charts;
using static Qte.Pipeline.Report.ReportFormat;

namespace Qte.Pipeline.Report.Sections;

/// <summary>The run's last canary: how it ended and why, its share of the traffic, and each step against its limits.</summary>
internal static class CanarySection
{
    public static string Html(JObject canary)
    {
        var outcome = canary.Value<string>("outcome") ?? "unknown";
        var reason = canary.Value<string>("reason") ?? "no reason was recorded";
        var line = $"{(outcome == "promoted" ? "Promoted" : outcome == "aborted" ? "Aborted and rolled back" : outcome)}: {reason}.";
        var verdict = outcome == "promoted" ? Verdict.Good(line) : Verdict.Bad(line);
        var steps = (canary["steps"] as JArray ?? []).OfType<JObject>().ToList();
        var figures = new List<(string, string)>();
        if (canary.Value<string>("canaryRelease") is { } release)
        {
            figures.Add(("Releases", E($"canary {release} against stable {canary.Value<string>("stableRelease")} in {canary.Value<string>("environment")}")));
        }

        if (canary.Value<double?>("canaryShare") is { } share)
        {
            figures.Add(("Canary share of requests", E(Percent(share))));
        }

        if (canary.Value<bool?>("baseline") == true)
        {
            figures.Add(("Compared with", "nothing: there was no earlier release, so the canary was judged on its own numbers"));
        }

        if (canary.Value<string>("method") is { } method)
        {
            figures.Add(("Method", E(method)));
        }

        var body = HtmlParts.Figures(figures);
        var charted = steps.Select(Figures).OfType<CanaryStepFigures>().ToList();
        body += charted.Count > 0 ? CanaryChart.Svg(charted) : "<p>No step recorded the figures a chart needs.</p>\n";
        body += HtmlParts.Table(
            ["Step", "Weight", "Verdict", "Success rate (canary / stable)", "p95 (canary / stable)", "p95 limit", "Why"],
            steps.Select((s, i) => (IReadOnlyList<Cell>)
            [
                Cell.Figure((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), Cell.Figure(Invariant($"{s.Value<int?>("weight")} %")),
                Cell.Text(s.Value<string>("verdict")?.ToLowerInvariant()),
                Cell.Figure(Pair(s, "canarySuccessRate", "stableSuccessRate", v => Percent(v, 2))),
                Cell.Figure(Pair(s, "canaryP95Ms", "stableP95Ms", Ms)),
                Cell.Figure(s.Value<double?>("latencyLimitMs") is { } limit ? Ms(limit) : "not compared"),
                Cell.Sentence(s.Value<string>("reason")),
            ]));
        return HtmlParts.Section("canary", "Canary", verdict, body);
    }

    private static CanaryStepFigures? Figures(JObject step) =>
        step.Value<double?>("canarySuccessRate") is { } canarySuccess && step.Value<double?>("stableSuccessRate") is { } stableSuccess
        && step.Value<double?>("canaryP95Ms") is { } canaryP95 && step.Value<double?>("stableP95Ms") is { } stableP95
            ? new CanaryStepFigures(
                step.Value<int?>("weight") ?? 0, step.Value<string>("verdict") ?? "unknown", canarySuccess, stableSuccess,
                step.Value<double?>("successThreshold") ?? 0, canaryP95, stableP95, step.Value<double?>("latencyLimitMs"))
            : null;

    private static string Pair(JObject step, string canary, string stable, Func<double, string> format) =>
        $"{(step.Value<double?>(canary) is { } c ? format(c) : "not measured")} / {(step.Value<double?>(stable) is { } s ? format(s) : "not measured")}";
}
