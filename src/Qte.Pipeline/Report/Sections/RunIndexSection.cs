using static Qte.Pipeline.Report.ReportFormat;

namespace Qte.Pipeline.Report.Sections;

/// <summary>The index of kept runs, newest first, each row linking to that run's page.</summary>
internal static class RunIndexSection
{
    public static string Html(IReadOnlyList<RunIndexEntry> runs)
    {
        var verdict = Verdict.Plain($"{Plural(runs.Count, "run is", "runs are")} kept, newest first; this page is the newest run's.");
        var table = HtmlParts.Table(
            ["Started (UTC)", "Target", "Result", "Wall time", "Version"],
            runs.Select(r => (IReadOnlyList<Cell>)
            [
                new Cell($"<a href=\"{E(r.Href)}\">{E(Invariant($"{r.Run.Started.UtcDateTime:yyyy-MM-dd HH:mm:ss}"))}</a>"),
                Cell.Text(r.Run.Target),
                new Cell(r.Run.Succeeded ? "<span class=\"good\">succeeded</span>" : "<span class=\"bad\">failed</span>"),
                Cell.Figure(Seconds(r.Run.TotalSeconds)),
                Cell.Text(r.Run.Version ?? "not known"),
            ]));
        return HtmlParts.Section("runs", "Runs", verdict, table);
    }
}
