using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Qte.Experiments.Definitions;

namespace Qte.Experiments.Analysis;

/// <summary>analysis.json and analysis.md: the same analysis for machines and for people.</summary>
public static class AnalysisReport
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string ToJson(ExperimentAnalysis analysis) => JsonSerializer.Serialize(analysis, Options);

    /// <param name="notes">Lines the caller puts under the title: how the data came to be (the assignment check, a simulation).</param>
    public static string ToMarkdown(ExperimentAnalysis analysis, IReadOnlyList<string>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var md = new StringBuilder();
        void Line(FormattableString text) => md.Append(text.ToString(CultureInfo.InvariantCulture)).Append('\n');

        Line($"## A/B test: {analysis.Experiment}");
        md.Append('\n');
        foreach (var note in notes ?? [])
        {
            md.Append("- ").Append(note).Append('\n');
        }

        md.Append(notes is { Count: > 0 } ? "\n" : string.Empty);
        Line($"Analysed {analysis.AnalyzedAt:u}, {analysis.ElapsedSeconds / 86_400:0.##} of {analysis.PlannedSeconds / 86_400:0.##} planned days; intervals at {analysis.Settings.Confidence:P0}, alpha {analysis.Settings.Alpha} across {analysis.Results.Count(r => r.Comparison is not null)} comparisons (Holm–Bonferroni).");
        md.Append('\n');
        var srm = analysis.Srm;
        Line($"{(srm.Mismatch ? "⚠️ **Sample ratio mismatch**: the results cannot be trusted" : "✅ No sample ratio mismatch")} (chi-square {srm.ChiSquare:0.###}, {srm.DegreesOfFreedom} df, p = {srm.PValue:G4}; flagged below {SampleRatioMismatch.Threshold}).");
        md.Append('\n');
        md.Append("| Group | Exposed users | Expected | Conversions | Conversion rate | Mean engagement |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (var i = 0; i < analysis.Arms.Count; i++)
        {
            var arm = analysis.Arms[i];
            Line($"| {arm.Variant}{(arm.Variant == analysis.Control && arm.Variant != "control" ? " (control)" : string.Empty)} | {arm.Exposures} | {srm.Expected[i]:0.#} | {arm.Conversions} | {arm.ConversionRate:P2} | {arm.MeanEngagement:0.###} |");
        }

        md.Append("\n| Variant | Metric | Control | Variant | Uplift [95 % CI] | Relative [95 % CI] | Test | p | Adjusted p |\n| --- | --- | ---: | ---: | --- | --- | --- | ---: | ---: |\n");
        foreach (var r in analysis.Results)
        {
            if (r.Comparison is not { } c)
            {
                Line($"| {r.Variant} | {MetricName(r.Metric)} | | | not enough data | | | | |");
                continue;
            }

            var relative = c.RelativeUplift is { } rel ? $"{rel:+0.0%;-0.0%} [{c.RelativeInterval!.Lower:+0.0%;-0.0%}, {c.RelativeInterval.Upper:+0.0%;-0.0%}]" : "n/a";
            Line($"| {r.Variant} | {MetricName(r.Metric)} | {c.ControlValue:0.####} | {c.VariantValue:0.####} | {c.AbsoluteUplift:+0.####;-0.####} [{c.AbsoluteInterval.Lower:0.####}, {c.AbsoluteInterval.Upper:0.####}] | {relative} | {c.Test} | {c.PValue:G3} | {r.AdjustedPValue:G3}{(r.Significant ? " *" : string.Empty)} |");
        }

        md.Append("\n| Variant | Decision | Why |\n| --- | --- | --- |\n");
        foreach (var d in analysis.Decisions)
        {
            Line($"| {d.Variant} | **{DecisionName(d.Decision)}** | {d.Reason} |");
        }

        return md.ToString();
    }

    public static string DecisionName(Decision decision) => decision switch
    {
        Decision.Ship => "ship",
        Decision.DontShip => "don't ship",
        _ => "keep running",
    };

    public static string MetricName(string metric) => metric == ExperimentMetrics.ConversionRate ? "conversion rate" : "engagement (requests per user)";
}
