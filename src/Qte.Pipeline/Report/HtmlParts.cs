using System.Text;
using static Qte.Pipeline.Report.ReportFormat;

namespace Qte.Pipeline.Report;

/// <summary>The page's building blocks: a section that opens with its verdict, tables that scroll in their own box, figure lists.</summary>
internal static class HtmlParts
{
    public static string Section(string key, string title, Verdict verdict, string body) =>
        $"<section data-section=\"{key}\"><h2>{E(title)}</h2>\n<p class=\"verdict {verdict.Tone}\">{E(verdict.Text)}</p>\n{body}</section>\n";

    /// <summary>A table inside a box of its own that scrolls sideways, so a wide table never widens the page. Cells are HTML.</summary>
    public static string Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<Cell>> rows)
    {
        var html = new StringBuilder("<div class=\"scroll\"><table><thead><tr>");
        foreach (var header in headers)
        {
            html.Append("<th>").Append(E(header)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append(cell.Numeric ? "<td class=\"n\">" : cell.Prose ? "<td class=\"prose\">" : "<td>").Append(cell.Html).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        return html.Append("</tbody></table></div>\n").ToString();
    }

    /// <summary>Labelled figures, a term and its value a row. Values are HTML.</summary>
    public static string Figures(IEnumerable<(string Term, string Value)> figures) =>
        "<dl class=\"figures\">" + string.Concat(figures.Select(f => $"<dt>{E(f.Term)}</dt><dd>{f.Value}</dd>")) + "</dl>\n";
}

