using Cake.Core.Diagnostics;
using Qte.Pipeline.Quality;

namespace Qte.Build.Quality;

/// <summary>The gates in the log, a line each with the findings of those that did not pass, and the failure's message.</summary>
public static class QualityLog
{
    public static void Gates(BuildContext context, QualityReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        foreach (var gate in report.Gates)
        {
            var level = gate.Verdict switch
            {
                GateVerdict.Fail => LogLevel.Error,
                GateVerdict.Warn or GateVerdict.Unknown => LogLevel.Warning,
                _ => LogLevel.Information,
            };
            context.Log.Write(Verbosity.Minimal, level, "  {0}", gate.Line);
            foreach (var finding in gate.Verdict is GateVerdict.Pass or GateVerdict.Off ? [] : gate.Findings.Take(QualityReport.FindingsShown))
            {
                context.Log.Write(Verbosity.Minimal, level, "    {0}", finding);
            }
        }
    }

    public static string FailureMessage(QualityReport report)
    {
        var lines = new List<string> { $"Quality gates failed: {string.Join(", ", report.Failed.Select(g => g.Gate))}." };
        foreach (var gate in report.Failed)
        {
            lines.Add($"  {gate.Line}");
            lines.AddRange(gate.Findings.Take(QualityReport.FindingsShown).Select(f => $"    {f}"));
            lines.Add($"    How to fix: {gate.HowToFix}");
        }

        return string.Join(Environment.NewLine, lines);
    }
}
