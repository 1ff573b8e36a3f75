using Qte.Experiments.Analysis;
using Qte.Experiments.Definitions;
using Qte.Experiments.Events;

namespace Qte.Delivery.AbTesting;

/// <summary>What stage 4-v3 did for one experiment; <see cref="Failure"/> says why it failed, null when it passed.</summary>
public sealed record AbStageResult(
    ExperimentDefinition Experiment,
    SrmCheck AssignmentCheck,
    SimulationSummary? Simulation,
    ExperimentAnalysis? Analysis,
    IReadOnlyList<StoredEvent> Events,
    string? Failure);
