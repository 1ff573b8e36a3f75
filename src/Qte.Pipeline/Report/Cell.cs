using static Qte.Pipeline.Report.ReportFormat;

namespace Qte.Pipeline.Report;

/// <summary>A table cell: its HTML, and whether it holds a number (right-aligned).</summary>
internal readonly record struct Cell(string Html, bool Numeric = false)
{
    public static Cell Text(string? text) => new(E(text));

    public static Cell Figure(string text) => new(E(text), Numeric: true);
}
