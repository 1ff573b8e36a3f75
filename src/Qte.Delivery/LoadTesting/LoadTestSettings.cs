namespace Qte.Delivery.LoadTesting;

/// <summary>One load test: where, which model, how hard, and its bounds in time and in requests.</summary>
public sealed record LoadTestSettings
{
    public LoadModel Model { get; init; } = LoadModel.Open;

    /// <summary>Open model: requests started per second.</summary>
    public double RatePerSecond { get; init; } = 100;

    /// <summary>The connections the engine may open; in the closed model, the requests always in flight.</summary>
    public int Connections { get; init; } = 16;

    /// <summary>The measured part, after the warm-up.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Sent at the same load before the measured part and not counted: connections, JIT, caches.</summary>
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Measured requests at most; the test ends at whichever bound comes first.</summary>
    public long MaxRequests { get; init; } = 1_000_000;

    /// <summary>The path requested on the base address.</summary>
    public string Path { get; init; } = "/";

    /// <summary>How long one answer may take before it counts as failed.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
