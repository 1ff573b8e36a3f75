using Qte.Pipeline.History;
using static Qte.Pipeline.Report.ReportFormat;

namespace Qte.Pipeline.Report.Sections;

/// <summary>The run in a line (for a failed run: which task failed and why, before anything else), its facts and its budget bar.</summary>
internal static class SummarySection
{
    public static string Html(RunRecord run)
    {
        var share = run.BudgetSeconds > 0 ? run.TotalSeconds / run.BudgetSeconds : 0;
        var ran = run.Tasks.Count(t => t.Outcome != "Skipped");
        var verdict = run.Succeeded
            ? Verdict.Good($"Succeeded: {run.Target} ran {Plural(ran, "task", "tasks")} in {Seconds(run.TotalSeconds)}, {Percent(share, 0)} of its {Seconds(run.BudgetSeconds)} budget.")
            : Verdict.Bad(FailureLine(run));
        var colour = share > 1 ? "#b00020" : share >= 0.8 ? "#e0a000" : "#1b7f3b";
        var figures = HtmlParts.Figures(
        [
            ("Run", E(run.RunId)),
            ("Version", E(run.Version ?? "not known")),
            ("Commit", run.Commit is null ? "not known" : $"<code>{E(run.Commit)}</code> on {E(run.Branch ?? "an unknown branch")}"),
            ("Started", E(Invariant($"{run.Started.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC"))),
            ("Wall time", E($"{Seconds(run.TotalSeconds)} of a {Seconds(run.BudgetSeconds)} budget ({Percent(share, 0)})")),
        ]);
        var bar = Invariant($"<div class=\"bar\" title=\"time budget used\"><div class=\"fill\" style=\"width:{Math.Min(100, share * 100):0.#}%;background:{colour}\"></div></div>\n");
        return HtmlParts.Section("summary", "Summary", verdict, figures + bar);
    }

    /// <summary>Which task failed and why; where no task failed, why the run did.</summary>
    public static string FailureLine(RunRecord run) => run switch
    {
        { FailedTask: { } task } => $"Failed: task {task.Name} failed: {task.Error ?? "it recorded no error message."}",
        { FailureReason: { } reason } => $"Failed: {reason}",
        _ => "Failed: no task failed and no reason was recorded (the run stopped outside its tasks).",
    };
}
