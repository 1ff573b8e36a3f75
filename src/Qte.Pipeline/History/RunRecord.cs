using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Qte.Pipeline.History;

/// <summary>
/// One line of runs.jsonl: who ran what and how it went, each task's time, and the key results of the stages that ran
/// (<see cref="Results"/>: "tests", "coverage", "quality", "deployments", "canary", "abTest", "loadTest", "alerts").
/// </summary>
public sealed record RunRecord
{
    public required string RunId { get; init; }

    public string? Version { get; init; }

    public string? Commit { get; init; }

    public string? Branch { get; init; }

    public required DateTimeOffset Started { get; init; }

    public required string Target { get; init; }

    /// <summary>"succeeded" or "failed".</summary>
    public required string Result { get; init; }

    public required double TotalSeconds { get; init; }

    public required double BudgetSeconds { get; init; }

    public IReadOnlyList<TaskRecord> Tasks { get; init; } = [];

    public JObject Results { get; init; } = [];

    /// <summary>Why a failed run failed where no task's error says it (the setup, the budget at teardown); else null.</summary>
    public string? FailureReason { get; init; }

    /// <summary>The tasks (and <see cref="Trend.Total"/>) the trend flagged as slower than their baseline.</summary>
    public IReadOnlyList<string> Regressions { get; init; } = [];

    [JsonIgnore]
    public bool Succeeded => Result == "succeeded";

    /// <summary>The first task that failed, if any.</summary>
    [JsonIgnore]
    public TaskRecord? FailedTask => Tasks.FirstOrDefault(t => t.Outcome == "Failed");
}
