using System.Globalization;
using System.Text;
using static Qte.Pipeline.Report.ReportFormat;

namespace Qte.Pipeline.Report.Charts;

/// <summary>
/// An inline SVG chart: scales to its box (viewBox, no fixed size), names itself in data-chart, and marks every shape
/// that stands for a measured value with class="datum", so a browser test can tell an empty chart from a drawn one.
/// </summary>
internal sealed class SvgCanvas
{
    private readonly StringBuilder _svg = new();

    public SvgCanvas(string chart, int width, int height, string description)
    {
        Width = width;
        Height = height;
        Add($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" data-chart=\"{chart}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{E(description)}\" font-size=\"12\">");
        Add($"<title>{E(description)}</title>");
    }

    public int Width { get; }

    public int Height { get; }

    public void Text(double x, double y, string text, string anchor = "start", string? fill = null, int? size = null) =>
        Add($"<text x=\"{x:0.#}\" y=\"{y:0.#}\" text-anchor=\"{anchor}\"{Attribute("fill", fill)}{Attribute("font-size", size?.ToString(CultureInfo.InvariantCulture))}>{E(text)}</text>");

    public void Line(double x1, double y1, double x2, double y2, string stroke, string? dash = null, double width = 1) =>
        Add($"<line x1=\"{x1:0.#}\" y1=\"{y1:0.#}\" x2=\"{x2:0.#}\" y2=\"{y2:0.#}\" stroke=\"{stroke}\" stroke-width=\"{width:0.#}\"{Attribute("stroke-dasharray", dash)}/>");

    /// <summary>A bar or a span that stands for a value; <paramref name="title"/> is its tooltip.</summary>
    public void Datum(double x, double y, double width, double height, string fill, string title) =>
        Add($"<rect class=\"datum\" x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{Math.Max(1, width):0.#}\" height=\"{Math.Max(1, height):0.#}\" fill=\"{fill}\"><title>{E(title)}</title></rect>");

    public void Point(double x, double y, double radius, string fill, string title, string? stroke = null) =>
        Add($"<circle class=\"datum\" cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"{radius:0.#}\" fill=\"{fill}\"{Attribute("stroke", stroke)}{(stroke is null ? string.Empty : " stroke-width=\"2\"")}><title>{E(title)}</title></circle>");

    public void Polyline(IEnumerable<(double X, double Y)> points, string stroke, string title, string? dash = null) =>
        Add($"<polyline class=\"datum\" fill=\"none\" stroke=\"{stroke}\" stroke-width=\"2\"{Attribute("stroke-dasharray", dash)} points=\"{string.Join(' ', points.Select(p => Invariant($"{p.X:0.#},{p.Y:0.#}")))}\"><title>{E(title)}</title></polyline>");

    /// <summary>A left axis with labelled ticks and light grid lines across the plot.</summary>
    public void YAxis(LinearScale scale, double left, double right, Func<double, string> label)
    {
        foreach (var tick in scale.Ticks())
        {
            var y = scale.Map(tick);
            Line(left, y, right, y, "#e5e5e5");
            Text(left - 6, y + 4, label(tick), "end", "#555", 11);
        }

        Line(left, scale.RangeMin, left, scale.RangeMax, "#888");
    }

    public override string ToString() => _svg + "</svg>\n";

    private static string Attribute(string name, string? value) => value is null ? string.Empty : $" {name}=\"{value}\"";

    private void Add(FormattableString markup) => _svg.Append(markup.ToString(CultureInfo.InvariantCulture)).Append('\n');
}
