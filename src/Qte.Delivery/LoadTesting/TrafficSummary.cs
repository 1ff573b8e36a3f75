namespace Qte.Delivery.LoadTesting;

/// <summary>What an environment's generated traffic did: requests sent, failed (a status of 400 and above, or no answer), and answers per slot.</summary>
public sealed record TrafficSummary(
    long Sent,
    long Failed,
    double RatePerSecond,
    int Users,
    double Seconds,
    IReadOnlyDictionary<string, long> BySlot)
{
    public static TrafficSummary Of(LoadResult result, TrafficSettings traffic)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(traffic);
        return new(result.Requests, result.Failed, traffic.RatePerSecond, traffic.Users, result.Elapsed.TotalSeconds, result.BySlot);
    }
}
