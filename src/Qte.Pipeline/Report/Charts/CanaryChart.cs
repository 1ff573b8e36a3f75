using static Qte.Pipeline.Report.ReportFormat;

namespace Qte.Pipeline.Report.Charts;

/// <summary>
/// Per canary step, the canary's and the stable's success rate (the threshold dashed) above, their p95 latency with the
/// step's limit marked below, and each step's weight and verdict underneath.
/// </summary>
internal static class CanaryChart
{
    private const int Width = 720, Left = 60, Right = 16, Panel = 150, Top = 22, Gap = 46;
    private const string CanaryColour = "#dd8452", StableColour = "#4c72b0", LimitColour = "#b00020";

    public static string Svg(IReadOnlyList<CanaryStepFigures> steps)
    {
        var height = Top + Panel + Gap + Panel + 44;
        var canvas = new SvgCanvas("canary", Width, height, $"Canary and stable per step over {steps.Count} steps: success rate and p95 latency against their limits");
        var group = (Width - Left - Right) / (double)steps.Count;
        var bar = Math.Min(40, group * 0.3);

        var lowest = steps.Min(s => Math.Min(Math.Min(s.CanarySuccess, s.StableSuccess), s.Threshold)) * 100;
        var rate = LinearScale.Nice(Math.Max(0, lowest - 2), 100, Top + Panel, Top);
        canvas.Text(Left, Top - 8, "Success rate");
        canvas.YAxis(rate, Left, Width - Right, v => PercentOf(v, 0));
        var bottomOfRate = rate.Map(rate.DomainMin);
        for (var i = 0; i < steps.Count; i++)
        {
            var s = steps[i];
            var centre = Left + (group * (i + 0.5));
            Bars(canvas, centre, bar, bottomOfRate, rate.Map(s.CanarySuccess * 100), rate.Map(s.StableSuccess * 100),
                $"step {i + 1}, canary: {Percent(s.CanarySuccess, 2)}", $"step {i + 1}, stable: {Percent(s.StableSuccess, 2)}");
            canvas.Line(centre - group / 2 + 4, rate.Map(s.Threshold * 100), centre + group / 2 - 4, rate.Map(s.Threshold * 100), LimitColour, "6 4", 1.5);
        }

        var latencyTop = Top + Panel + Gap;
        var highest = steps.Max(s => Math.Max(Math.Max(s.CanaryP95Ms, s.StableP95Ms), s.LimitMs ?? 0));
        var latency = LinearScale.Nice(0, highest * 1.1, latencyTop + Panel, latencyTop);
        canvas.Text(Left, latencyTop - 8, "p95 latency (the red mark is the step's limit)");
        canvas.YAxis(latency, Left, Width - Right, v => Ms(v));
        for (var i = 0; i < steps.Count; i++)
        {
            var s = steps[i];
            var centre = Left + (group * (i + 0.5));
            Bars(canvas, centre, bar, latency.Map(0), latency.Map(s.CanaryP95Ms), latency.Map(s.StableP95Ms),
                $"step {i + 1}, canary p95: {Ms(s.CanaryP95Ms)}", $"step {i + 1}, stable p95: {Ms(s.StableP95Ms)}");
            if (s.LimitMs is { } limit)
            {
                canvas.Line(centre - bar - 6, latency.Map(limit), centre + bar + 6, latency.Map(limit), LimitColour, width: 2.5);
            }

            var colour = s.Verdict == "Pass" ? "#1b7f3b" : s.Verdict == "Fail" ? LimitColour : "#9a6700";
            canvas.Text(centre, latencyTop + Panel + 18, Invariant($"{s.Weight} %: {s.Verdict.ToLowerInvariant()}"), "middle", colour);
        }

        canvas.Text(Left, height - 6, "canary", fill: CanaryColour, size: 11);
        canvas.Text(Left + 60, height - 6, "stable", fill: StableColour, size: 11);
        canvas.Text(Left + 120, height - 6, "- - limit", fill: LimitColour, size: 11);
        return canvas.ToString();
    }

    private static void Bars(SvgCanvas canvas, double centre, double bar, double baseline, double canaryTop, double stableTop, string canaryTitle, string stableTitle)
    {
        canvas.Datum(centre - bar - 1, canaryTop, bar, baseline - canaryTop, CanaryColour, canaryTitle);
        canvas.Datum(centre + 1, stableTop, bar, baseline - stableTop, StableColour, stableTitle);
    }
}
