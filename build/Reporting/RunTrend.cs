using System.Globalization;
using Cake.Core;
using Cake.Core.Diagnostics;
using Qte.Pipeline.History;

namespace Qte.Build.Reporting;

/// <summary>
/// The Timing task's trend: this run against the history's baseline, logged (regressions as warnings) and kept on the
/// context for the report; an unknown --baseline-run fails the run naming the known ones.
/// </summary>
public static class RunTrend
{
    public static Trend Analyze(BuildContext context)
    {
        var history = RunHistory.Read(context.HistoryDirectory.FullPath, m => context.Log.Warning("{0}", m));
        context.Run.PastRuns = history;
        Trend trend;
        try
        {
            trend = Trend.Analyze(history, RunRecorder.Record(context, succeeded: true), RunReport.TrendSettingsOf(context));
        }
        catch (ArgumentException ex)
        {
            throw new CakeException(ex.Message);
        }

        context.Run.Trend = trend;
        var c = CultureInfo.InvariantCulture;
        context.Log.Information(
            "Trend against {0}: success rate {1} of {2} recent {3} runs; budget margin {4:0.0} s.",
            trend.Baseline, trend.Successes, trend.Runs, context.Run.Target, trend.BudgetMarginSeconds);
        foreach (var row in trend.Rows.Where(r => r.DeltaSeconds is not null && (r.Regression || r.Task == Trend.Total)))
        {
            var line = string.Create(c, $"  {row.Task}: {row.Seconds:0.0} s against {row.BaselineSeconds:0.0} s ({row.DeltaSeconds:+0.0;-0.0;0.0} s, {row.DeltaPercent:+0;-0;0} %){(row.Regression ? ": regression" : string.Empty)}");
            if (row.Regression)
            {
                context.Log.Warning("{0}", line);
            }
            else
            {
                context.Log.Information("{0}", line);
            }
        }

        return trend;
    }
}
