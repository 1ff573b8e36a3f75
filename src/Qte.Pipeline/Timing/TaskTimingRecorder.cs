namespace Qte.Pipeline.Timing;

/// <summary>
/// Collects each task's start and duration as the run goes, for the timing report.
/// </summary>
public sealed class TaskTimingRecorder
{
    private readonly Dictionary<string, TimeSpan> _started = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<TaskTiming> _finished = [];
    private readonly Lock _lock = new();

    /// <param name="task">The task's name.</param>
    /// <param name="start">When it started, counted from the start of the run.</param>
    public void Started(string task, TimeSpan start)
    {
        lock (_lock)
        {
            _started[task] = start;
        }
    }

    public void Finished(string task, TimeSpan duration, TaskOutcome outcome)
    {
        lock (_lock)
        {
            var start = _started.GetValueOrDefault(task);
            _finished.Add(new TaskTiming(task, start, duration, outcome));
        }
    }

    public IReadOnlyList<TaskTiming> Snapshot()
    {
        lock (_lock)
        {
            return [.. _finished];
        }
    }
}
