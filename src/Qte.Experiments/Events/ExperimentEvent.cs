namespace Qte.Experiments.Events;

/// <summary>What happened to one user in one experiment.</summary>
public sealed record ExperimentEvent(string Experiment, string UserId, string Variant, ExperimentEventKind Kind, DateTimeOffset At);
