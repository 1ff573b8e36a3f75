using Qte.Pipeline.History;
using Qte.Pipeline.Report.Charts;
using static Qte.Pipeline.Report.ReportFormat;

namespace Qte.Pipeline.Report.Sections;

/// <summary>The tasks that ran, when and for how long, and the longest of them in words.</summary>
internal static class TimelineSection
{
    public static string Html(RunRecord run)
    {
        var tasks = run.Tasks.Where(t => t.Outcome != "Skipped").ToList();
        if (tasks.Count == 0)
        {
            return HtmlParts.Section("timeline", "Timeline", Verdict.Plain("No task ran."), string.Empty);
        }

        var longest = tasks.MaxBy(t => t.Seconds)!;
        var verdict = Verdict.Plain($"{Plural(tasks.Count, "task", "tasks")} ran; the longest was {longest.Name} ({Seconds(longest.Seconds)}).");
        return HtmlParts.Section("timeline", "Timeline", verdict, TimelineChart.Svg(tasks));
    }
}
