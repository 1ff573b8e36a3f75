namespace Qte.Pipeline.Report.Charts;

/// <summary>
/// The frame of a chart over recent runs (total time, coverage): its size and margins, a run's x position (oldest
/// left, this run right; a single run in the middle) and the axis's "older … this run" labels.
/// </summary>
internal static class RunsFrame
{
    public const int Width = 720, Height = 230, Left = 60, Right = 16, Top = 14, Bottom = 40;

    public static double X(int index, int count) =>
        count == 1 ? (Left + Width - Right) / 2.0 : Left + ((Width - Left - Right) * index / (double)(count - 1));

    public static void RunLabels(SvgCanvas canvas)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        canvas.Text(Left, Height - 12, "older", size: 11);
        canvas.Text(Width - Right, Height - 12, "this run", "end", size: 11);
    }
}
