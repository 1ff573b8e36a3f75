using Qte.Pipeline.Timing;

namespace Qte.Build;

/// <summary>The run itself: its id in the history, the target and budget, the tasks planned, each task's timing and error, and the comparison with earlier runs.</summary>
public sealed class RunState(string id, TimeBudget timeBudget)
{
    /// <summary>This run in the history: the CI run's id and attempt, else a local id from the start time and process.</summary>
    public string Id { get; } = id;

    /// <summary>The task the run was asked for, from the setup.</summary>
    public string Target { get; set; } = "Default";

    /// <summary>The run's time budget: the settings' unless the target is a benchmark with one of its own (set in setup).</summary>
    public TimeBudget TimeBudget { get; set; } = timeBudget;

    /// <summary>The names of the tasks this run executes, from the setup: a task may start work a later one needs.</summary>
    public HashSet<string> PlannedTasks { get; } = new(StringComparer.Ordinal);

    /// <summary>Each failed task's error, as the report says it.</summary>
    public Dictionary<string, string> TaskErrors { get; } = [];

    public TaskTimingRecorder Timings { get; } = new();

    /// <summary>A word on a task's work for the timing table, by task name (the Test task's cache hits).</summary>
    public Dictionary<string, string> TimingNotes { get; } = new(StringComparer.Ordinal);

    /// <summary>Set by the Timing task, so that teardown does not report timing a second time.</summary>
    public bool TimingReported { get; set; }

    /// <summary>The Timing task's comparison with the history, for the report.</summary>
    public Qte.Pipeline.History.Trend? Trend { get; set; }

    /// <summary>The history's earlier runs as the Timing task read them, so that the teardown does not read (and warn) again.</summary>
    public IReadOnlyList<Qte.Pipeline.History.RunRecord>? PastRuns { get; set; }
}
