namespace Qte.Delivery.Traffic;

/// <summary>What a traffic run did: requests sent, succeeded (an answer below 500), failed (5xx or no answer), skipped, and answers per slot.</summary>
public sealed record TrafficSummary(
    long Sent,
    long Succeeded,
    long Failed,
    long Skipped,
    double RatePerSecond,
    int Users,
    double Seconds,
    IReadOnlyDictionary<string, long> BySlot);
