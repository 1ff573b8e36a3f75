namespace Qte.Delivery.LoadTesting;

/// <summary>
/// An environment's generated traffic (its config's "traffic" key): the service's mix from a pool of users at a steady
/// rate (an open model, as k6's constant-arrival-rate and Flagger's load tester do), sent by the <see cref="LoadEngine"/>
/// until stopped or bounded.
/// </summary>
public sealed record TrafficSettings
{
    /// <summary>On during canary steps; the ci profile turns it on, the real environments leave it off.</summary>
    public bool Enabled { get; init; }

    public double RatePerSecond { get; init; } = 100;

    public int Users { get; init; } = 200;

    /// <summary>The engine's connections: requests in flight at most; a request waits for a free one, and its latency says so.</summary>
    public int MaxInFlight { get; init; } = 64;

    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromMinutes(15);

    public long MaxRequests { get; init; } = 1_000_000;

    /// <summary>The engine's settings for this traffic: no warm-up, as the traffic runs beside what it exercises.</summary>
    public LoadTestSettings ToLoadTest() => new()
    {
        Model = LoadModel.Open,
        RatePerSecond = RatePerSecond,
        Connections = MaxInFlight,
        Duration = MaxDuration,
        WarmUp = TimeSpan.Zero,
        MaxRequests = MaxRequests,
    };

    public RequestMix Mix() => RequestMix.Service(Users);
}
