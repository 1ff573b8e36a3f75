using System.Globalization;

namespace Qte.Pipeline.Timing;

/// <summary>
/// A run's task timings held against its time budget: the verdict, and a message that says why.
/// </summary>
public sealed class TimingReport
{
    private const int SlowestShown = 3;

    private TimingReport(IReadOnlyList<TaskTiming> tasks, TimeSpan wallTime, TimeBudget budget, TimeSpan? beforeHost, IReadOnlyDictionary<string, string> notes)
    {
        BeforeHost = beforeHost;
        Notes = notes;
        Tasks = tasks;
        WallTime = wallTime;
        Budget = budget;
    }

    public IReadOnlyList<TaskTiming> Tasks { get; }

    /// <summary>The wall time since the build host started.</summary>
    public TimeSpan WallTime { get; }

    public TimeBudget Budget { get; }

    /// <summary>
    /// What the user waited before the host's clock started (restoring and compiling build/ by `dotnet run`), when the
    /// launcher said when it started (build.sh sets QTE_LAUNCHED_AT_MS); not part of the budget.
    /// </summary>
    public TimeSpan? BeforeHost { get; }

    /// <summary>A word on a task's work, by task, e.g. "9 of 9 test projects cached".</summary>
    public IReadOnlyDictionary<string, string> Notes { get; }

    /// <summary>The wall time as a share of the budget: 0.5 is half of it.</summary>
    public double BudgetShare => WallTime / Budget.Limit;

    public BudgetVerdict Verdict => BudgetShare switch
    {
        > 1 => BudgetVerdict.OverBudget,
        >= TimeBudget.WarningShare => BudgetVerdict.NearBudget,
        _ => BudgetVerdict.WithinBudget,
    };

    public string Message => Verdict switch
    {
        BudgetVerdict.OverBudget =>
            $"The run took {Seconds(WallTime)} s, over its time budget of {Seconds(Budget.Limit)} s by " +
            $"{Seconds(WallTime - Budget.Limit)} s ({Percent(BudgetShare)}). Slowest tasks: {Slowest()}. " +
            "Make them faster, or raise the budget with --time-budget=SECONDS.",
        BudgetVerdict.NearBudget =>
            $"The run took {Seconds(WallTime)} s, {Percent(BudgetShare)} of its time budget of {Seconds(Budget.Limit)} s " +
            $"(a warning is given from {Percent(TimeBudget.WarningShare)}). Slowest tasks: {Slowest()}.",
        _ => $"The run took {Seconds(WallTime)} s, {Percent(BudgetShare)} of its time budget of {Seconds(Budget.Limit)} s.",
    } + (BeforeHost is { } before ? $" Before the host started: {Seconds(before)} s (restore and compile of build/; not budgeted)." : string.Empty);

    public static TimingReport Create(IEnumerable<TaskTiming> tasks, TimeSpan wallTime, TimeBudget budget, TimeSpan? beforeHost = null, IReadOnlyDictionary<string, string>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentOutOfRangeException.ThrowIfLessThan(wallTime, TimeSpan.Zero);
        return new TimingReport(tasks.OrderBy(t => t.Start).ToList(), wallTime, budget, beforeHost, notes ?? new Dictionary<string, string>());
    }

    /// <summary>A task's duration as a share of the budget.</summary>
    public double ShareOfBudget(TaskTiming task) => task.Duration / Budget.Limit;

    internal static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);

    internal static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + " %";

    private string Slowest()
    {
        var slowest = Tasks
            .Where(t => t.Outcome != TaskOutcome.Skipped)
            .OrderByDescending(t => t.Duration)
            .Take(SlowestShown)
            .Select(t => $"{t.Task} {Seconds(t.Duration)} s")
            .ToList();
        return slowest.Count > 0 ? string.Join(", ", slowest) : "none recorded";
    }
}
