namespace Qte.Router.Metrics;

/// <summary>A slot's answers since the router started: counts by status class, the 5xx share, latency percentiles.</summary>
public sealed record SlotStats(
    string Slot,
    long Requests,
    IReadOnlyDictionary<string, long> ByStatusClass,
    double ErrorRate,
    double P50Milliseconds,
    double P95Milliseconds,
    double P99Milliseconds)
{
    public static SlotStats None(string slot) => new(slot, 0, new Dictionary<string, long>(), 0, 0, 0, 0);
}
