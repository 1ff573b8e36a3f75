using Qte.Pipeline.History;
using static Qte.Pipeline.Report.ReportFormat;

namespace Qte.Pipeline.Report.Charts;

/// <summary>A Gantt chart of the run's tasks: a bar a task, from its start, as long as it took; red where it failed.</summary>
internal static class TimelineChart
{
    private const int Left = 150, Plot = 680, Right = 70, Row = 20;

    public static string Svg(IReadOnlyList<TaskRecord> tasks)
    {
        var span = Math.Max(1, tasks.Count == 0 ? 1 : tasks.Max(t => t.StartSeconds + t.Seconds));
        var canvas = new SvgCanvas("timeline", Left + Plot + Right, (tasks.Count * Row) + 34, "Each task's start and duration in this run");
        for (var i = 0; i < tasks.Count; i++)
        {
            var t = tasks[i];
            var x = Left + (Plot * t.StartSeconds / span);
            var width = Plot * t.Seconds / span;
            canvas.Text(Left - 6, (i * Row) + 14, t.Name, "end");
            canvas.Datum(x, (i * Row) + 4, width, Row - 7, t.Outcome == "Failed" ? "#b00020" : "#4c72b0", Invariant($"{t.Name}: {Seconds(t.Seconds)} from {Seconds(t.StartSeconds)}, {t.Outcome}"));
            canvas.Text(x + Math.Max(1, width) + 4, (i * Row) + 14, Seconds(t.Seconds), size: 11);
        }

        var axis = (tasks.Count * Row) + 6;
        canvas.Line(Left, axis, Left + Plot, axis, "#888");
        canvas.Text(Left, axis + 16, "0 s", size: 11);
        canvas.Text(Left + Plot, axis + 16, Seconds(span), "end", size: 11);
        return canvas.ToString();
    }
}
