namespace Qte.Pipeline.Report.Charts;

/// <summary>
/// A forest plot of one metric: a row per variant, its uplift as a dot on its interval, the zero line dashed; green
/// for ship, red for don't ship, grey for keep running.
/// </summary>
internal static class ForestPlot
{
    private const int Width = 720, Left = 110, Right = 230, Row = 30, Top = 26;

    /// <param name="format">How an uplift reads, with its unit (percentage points, requests per user).</param>
    public static string Svg(string chart, string metric, IReadOnlyList<UpliftFigures> rows, Func<double, string> format)
    {
        var height = Top + (rows.Count * Row) + 30;
        var x = LinearScale.Nice(Math.Min(0, rows.Min(r => r.Lower)), Math.Max(0, rows.Max(r => r.Upper)), Left, Width - Right);
        var canvas = new SvgCanvas(chart, Width, height, $"Uplift over control on {metric}, each variant with its interval");
        canvas.Text(Left, 14, $"Uplift over control: {metric}");
        var bottom = Top + (rows.Count * Row);
        foreach (var tick in x.Ticks())
        {
            canvas.Line(x.Map(tick), Top, x.Map(tick), bottom, "#eee");
            canvas.Text(x.Map(tick), bottom + 16, format(tick), "middle", "#555", 11);
        }

        canvas.Line(x.Map(0), Top - 4, x.Map(0), bottom, "#222", "5 3", 1.5);
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var y = Top + (i * Row) + (Row / 2.0);
            var colour = r.Decision switch { "ship" => "#1b7f3b", "don't ship" => "#b00020", _ => "#777" };
            canvas.Text(Left - 8, y + 4, r.Variant, "end");
            canvas.Datum(x.Map(r.Lower), y - 1.5, x.Map(r.Upper) - x.Map(r.Lower), 3, colour, $"{r.Variant}: interval {format(r.Lower)} to {format(r.Upper)}");
            canvas.Point(x.Map(r.Uplift), y, 5, colour, $"{r.Variant}: uplift {format(r.Uplift)} ({r.Decision})");
            canvas.Text(Width - Right + 8, y + 4, $"{format(r.Uplift)} [{format(r.Lower)}, {format(r.Upper)}]", fill: colour, size: 11);
        }

        return canvas.ToString();
    }
}
