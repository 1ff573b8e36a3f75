using Cake.Core;

namespace Qte.Build.Reporting;

/// <summary>
/// The run history's options: --history-dir (where runs.jsonl lives; default artifacts/history, which Clean keeps),
/// --baseline-run=ID (the run to compare with; default the median of the last 5 successful runs of the target) and
/// --trend-regressions=warn|fail (what a task slower than its baseline by more than 20 % and 5 s does; default warn).
/// </summary>
public sealed record HistoryOptions(string? Directory, string? BaselineRun, bool FailOnRegression)
{
    /// <exception cref="Qte.Pipeline.Settings.SettingsException">--trend-regressions is neither warn nor fail.</exception>
    public static HistoryOptions Read(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string? Option(string name) => context.Arguments.HasArgument(name) ? context.Arguments.GetArgument(name) : null;
        var mode = Option("trend-regressions") ?? "warn";
        if (mode is not ("warn" or "fail"))
        {
            throw new Qte.Pipeline.Settings.SettingsException($"--trend-regressions: '{mode}' is not a mode. Allowed: warn, fail.");
        }

        return new HistoryOptions(
            Option("history-dir") is { Length: > 0 } directory ? directory : null,
            Option("baseline-run") is { Length: > 0 } baseline ? baseline : null,
            mode == "fail");
    }
}
