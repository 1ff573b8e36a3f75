using static Qte.Pipeline.Report.ReportFormat;

namespace Qte.Pipeline.Report;

/// <summary>A table cell: its HTML, and how it is set: a number (right-aligned) or prose (kept wide enough to read).</summary>
internal readonly record struct Cell(string Html, bool Numeric = false, bool Prose = false)
{
    /// <summary>A sentence or more: never squeezed to a word a line; the table scrolls in its box instead.</summary>
    public static Cell Sentence(string? text) => new(E(text), Prose: true);

    public static Cell Text(string? text) => new(E(text));

    public static Cell Figure(string text) => new(E(text), Numeric: true);
}
