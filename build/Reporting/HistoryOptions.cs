using System.Globalization;
using Cake.Core;
using Qte.Pipeline.Report;

namespace Qte.Build.Reporting;

/// <summary>
/// The run history's options: --history-dir (where runs.jsonl lives; default artifacts/history, which Clean keeps),
/// --baseline-run=ID (the run to compare with; default the median of the last 5 successful runs of the target) and
/// --trend-regressions=warn|fail (what a task slower than its baseline by more than 20 % and 5 s does; default warn) and
/// --reports-kept=N (how many runs' report pages the history keeps; default 50).
/// </summary>
public sealed record HistoryOptions(string? Directory, string? BaselineRun, bool FailOnRegression, int ReportsKept = ReportArchive.DefaultKept)
{
    /// <summary>The most report pages --reports-kept allows.</summary>
    public const int MostReportsKept = 10_000;

    /// <exception cref="Qte.Pipeline.Settings.SettingsException">--trend-regressions is neither warn nor fail, or --reports-kept is not a whole number from 1 to 10,000.</exception>
    public static HistoryOptions Read(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string? Option(string name) => context.Arguments.HasArgument(name) ? context.Arguments.GetArgument(name) : null;
        var mode = Option("trend-regressions") ?? "warn";
        if (mode is not ("warn" or "fail"))
        {
            throw new Qte.Pipeline.Settings.SettingsException($"--trend-regressions: '{mode}' is not a mode. Allowed: warn, fail.");
        }

        var kept = Option("reports-kept") ?? ReportArchive.DefaultKept.ToString(CultureInfo.InvariantCulture);
        if (!int.TryParse(kept, NumberStyles.None, CultureInfo.InvariantCulture, out var reportsKept) || reportsKept is < 1 or > MostReportsKept)
        {
            throw new Qte.Pipeline.Settings.SettingsException($"--reports-kept: '{kept}' is not a number of report pages to keep. Allowed: a whole number from 1 to {MostReportsKept}.");
        }

        return new HistoryOptions(
            Option("history-dir") is { Length: > 0 } directory ? directory : null,
            Option("baseline-run") is { Length: > 0 } baseline ? baseline : null,
            mode == "fail",
            reportsKept);
    }
}
