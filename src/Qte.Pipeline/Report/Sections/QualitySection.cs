using Newtonsoft.Json.Linq;
using static Qte.Pipeline.Report.ReportFormat;

namespace Qte.Pipeline.Report.Sections;

/// <summary>Each quality gate: its verdict, what was measured and the threshold.</summary>
internal static class QualitySection
{
    public static string Html(JArray gates)
    {
        var rows = gates.OfType<JObject>().ToList();
        var counts = rows.GroupBy(g => g.Value<string>("verdict") ?? "unknown").Select(g => $"{g.Count()} {g.Key}");
        var verdicts = rows.Select(g => g.Value<string>("verdict")).ToList();
        var line = $"{Plural(rows.Count, "gate", "gates")}: {string.Join(", ", counts)}.";
        var verdict = verdicts.Contains("fail") ? Verdict.Bad(line)
            : verdicts.Any(v => v is "warn" or "unknown" or null) ? Verdict.Warn(line)
            : Verdict.Good(line);
        var table = HtmlParts.Table(
            ["Gate", "Verdict", "Measured", "Threshold"],
            rows.Select(g => (IReadOnlyList<Cell>)
            [
                Cell.Text(g.Value<string>("gate")), new Cell(Tone(g.Value<string>("verdict"))), Cell.Text(g.Value<string>("measured") ?? "nothing measured"), Cell.Text(g.Value<string>("threshold")),
            ]));
        return HtmlParts.Section("quality", "Quality gates", verdict, table);
    }

    private static string Tone(string? verdict) => verdict switch
    {
        "pass" => "<span class=\"good\">pass</span>",
        "fail" => "<span class=\"bad\">fail</span>",
        null => "<span class=\"warn\">unknown</span>",
        _ => $"<span class=\"warn\">{E(verdict)}</span>",
    };
}
