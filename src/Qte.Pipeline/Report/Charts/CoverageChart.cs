using static Qte.Pipeline.Report.Charts.RunsFrame;
using static Qte.Pipeline.Report.ReportFormat;

namespace Qte.Pipeline.Report.Charts;

/// <summary>Line and branch coverage of the product over recent runs, this run last, with each threshold dashed.</summary>
internal static class CoverageChart
{
    private const string LineColour = "#4c72b0", BranchColour = "#dd8452";

    /// <param name="runs">Each run's id with its line and branch coverage in percent, oldest first.</param>
    public static string Svg(IReadOnlyList<(string Run, double Line, double Branch)> runs, double lineThreshold, double branchThreshold)
    {
        var lowest = Math.Min(runs.Min(r => Math.Min(r.Line, r.Branch)), Math.Min(lineThreshold, branchThreshold));
        var y = LinearScale.Nice(Math.Max(0, lowest - 5), 100, Height - Bottom, Top);
        double X(int i) => RunsFrame.X(i, runs.Count);

        var canvas = new SvgCanvas("coverage", Width, Height, $"Line and branch coverage of the last {runs.Count} runs that measured it");
        canvas.YAxis(y, Left, Width - Right, v => PercentOf(v, 0));
        foreach (var (threshold, colour, name) in new[] { (lineThreshold, LineColour, "lines"), (branchThreshold, BranchColour, "branches") })
        {
            canvas.Line(Left, y.Map(threshold), Width - Right, y.Map(threshold), colour, "6 4");
            canvas.Text(Width - Right, y.Map(threshold) - 4, $"{name} threshold {PercentOf(threshold, 0)}", "end", colour, 11);
        }

        foreach (var (value, colour, name) in new (Func<(string Run, double Line, double Branch), double>, string, string)[] { (r => r.Line, LineColour, "lines"), (r => r.Branch, BranchColour, "branches") })
        {
            canvas.Polyline(runs.Select((r, i) => (X(i), y.Map(value(r)))), colour, name + " covered");
            for (var i = 0; i < runs.Count; i++)
            {
                canvas.Point(X(i), y.Map(value(runs[i])), 3.5, colour, $"{runs[i].Run}: {name} {PercentOf(value(runs[i]))}");
            }
        }

        RunsFrame.RunLabels(canvas);
        canvas.Text((Left + Width) / 2.0, Height - 12, "lines", "end", LineColour, 11);
        canvas.Text(((Left + Width) / 2.0) + 10, Height - 12, "branches", fill: BranchColour, size: 11);
        return canvas.ToString();
    }
}
