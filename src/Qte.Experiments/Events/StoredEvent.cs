namespace Qte.Experiments.Events;

/// <summary>One row of the store: a user's event in an experiment, how often it happened, first and last time.</summary>
public sealed record StoredEvent(
    string Experiment,
    string UserId,
    string Variant,
    ExperimentEventKind Kind,
    long Count,
    DateTimeOffset FirstAt,
    DateTimeOffset LastAt);
