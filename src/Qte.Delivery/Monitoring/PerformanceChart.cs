using System.Globalization;
using System.Text;
using System.Security;

namespace Qte.Delivery.Monitoring;

/// <summary>
/// performance-chart.svg: latency percentiles (p50, p90, p99) per second of the test above, the latency histogram
/// (doubling buckets, log-scaled counts) below. Plain SVG: any browser shows it, and nothing native is needed to draw it.
/// Each line and bar carries class="datum", so a page that embeds the chart can count what it drew.
/// </summary>
public static class PerformanceChart
{
    private const int Width = 900, PanelHeight = 260, Left = 70, Right = 20, Top = 56, Gap = 70;

    public static string Svg(PerformanceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var svg = new StringBuilder();
        var height = Top + (2 * PanelHeight) + Gap + 50;
        Append(svg, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" font-family=\"sans-serif\" font-size=\"12\">");
        Append(svg, $"<rect width=\"{Width}\" height=\"{height}\" fill=\"white\"/>");
        Append(svg, $"<text x=\"{Left}\" y=\"22\" font-size=\"15\">{Escape($"{report.Environment} {report.Version}: latency under load ({report.Target})")}</text>");
        Percentiles(svg, report.Load.Intervals, Top);
        Histogram(svg, report.Load.Histogram, Top + PanelHeight + Gap);
        svg.AppendLine("</svg>");
        return svg.ToString();
    }

    private static void Percentiles(StringBuilder svg, IReadOnlyList<LoadTesting.LatencyInterval> intervals, int top)
    {
        var maxMs = Math.Max(1, intervals.Count == 0 ? 1 : intervals.Max(i => i.P99Ms));
        var seconds = Math.Max(1, intervals.Count == 0 ? 1 : intervals.Max(i => i.Second) + 1);
        Axes(svg, top, "latency (ms) per second of the test", maxMs, $"0 s … {seconds} s");
        var series = new (string Name, string Colour, Func<LoadTesting.LatencyInterval, double> Value)[]
        {
            ("p50", "#1f77b4", i => i.P50Ms), ("p90", "#ff7f0e", i => i.P90Ms), ("p99", "#d62728", i => i.P99Ms),
        };
        foreach (var (name, colour, value) in series)
        {
            var points = string.Join(' ', intervals.Select(i => Point(X(i.Second + 0.5, seconds), Y(value(i), maxMs, top))));
            Append(svg, $"<polyline class=\"datum\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{points}\"><title>{name}</title></polyline>");
        }

        for (var s = 0; s < series.Length; s++)
        {
            Append(svg, $"<text x=\"{Width - Right - 150 + (s * 50)}\" y=\"{top + 14}\" fill=\"{series[s].Colour}\">{series[s].Name}</text>");
        }
    }

    private static void Histogram(StringBuilder svg, IReadOnlyList<PerformanceReport.HistogramBucket> buckets, int top)
    {
        var maxLog = Math.Max(1, buckets.Count == 0 ? 1 : buckets.Max(b => Math.Log10(b.Count + 1)));
        Axes(svg, top, "requests per latency bucket (log scale)", Math.Pow(10, maxLog) - 1, "latency bucket (ms, upper bound)");
        var width = (double)(Width - Left - Right) / Math.Max(1, buckets.Count);
        for (var i = 0; i < buckets.Count; i++)
        {
            var barHeight = PanelHeight * Math.Log10(buckets[i].Count + 1) / maxLog;
            var x = Left + (i * width);
            Append(svg, $"<rect class=\"datum\" x=\"{x + 1:0.#}\" y=\"{top + PanelHeight - barHeight:0.#}\" width=\"{width - 2:0.#}\" height=\"{barHeight:0.#}\" fill=\"#4c72b0\"><title>≤ {buckets[i].UpToMs:0.###} ms: {buckets[i].Count}</title></rect>");
            Append(svg, $"<text x=\"{x + (width / 2):0.#}\" y=\"{top + PanelHeight + 14}\" text-anchor=\"middle\" font-size=\"10\">{buckets[i].UpToMs:0.##}</text>");
        }
    }

    private static void Axes(StringBuilder svg, int top, string title, double max, string xLabel)
    {
        Append(svg, $"<text x=\"{Left}\" y=\"{top - 8}\">{Escape(title)}</text>");
        Append(svg, $"<line x1=\"{Left}\" y1=\"{top}\" x2=\"{Left}\" y2=\"{top + PanelHeight}\" stroke=\"black\"/>");
        Append(svg, $"<line x1=\"{Left}\" y1=\"{top + PanelHeight}\" x2=\"{Width - Right}\" y2=\"{top + PanelHeight}\" stroke=\"black\"/>");
        Append(svg, $"<text x=\"{Left - 6}\" y=\"{top + 4}\" text-anchor=\"end\">{max:0.##}</text>");
        Append(svg, $"<text x=\"{Left - 6}\" y=\"{top + PanelHeight}\" text-anchor=\"end\">0</text>");
        Append(svg, $"<text x=\"{Width - Right}\" y=\"{top + PanelHeight + 30}\" text-anchor=\"end\">{Escape(xLabel)}</text>");
    }

    private static double X(double second, int seconds) => Left + ((Width - Left - Right) * second / seconds);

    private static double Y(double value, double max, int top) => top + PanelHeight - (PanelHeight * Math.Min(value, max) / max);

    private static string Point(double x, double y) => string.Create(CultureInfo.InvariantCulture, $"{x:0.#},{y:0.#}");

    private static string Escape(string text) => SecurityElement.Escape(text);

    private static void Append(StringBuilder svg, FormattableString line) => svg.AppendLine(line.ToString(CultureInfo.InvariantCulture));
}
