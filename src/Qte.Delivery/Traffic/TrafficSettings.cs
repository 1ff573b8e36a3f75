namespace Qte.Delivery.Traffic;

/// <summary>
/// The traffic generator's open model: requests start at a fixed rate whatever the answers take, from a pool of users,
/// bounded in time, in count and in requests in flight (a request that would pass that bound is skipped and counted).
/// </summary>
public sealed record TrafficSettings
{
    /// <summary>On during canary steps; the ci profile turns it on, the real environments leave it off.</summary>
    public bool Enabled { get; init; }

    public double RatePerSecond { get; init; } = 100;

    public int Users { get; init; } = 200;

    public int MaxInFlight { get; init; } = 64;

    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromMinutes(15);

    public long MaxRequests { get; init; } = 1_000_000;
}
