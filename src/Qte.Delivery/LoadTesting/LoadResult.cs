namespace Qte.Delivery.LoadTesting;

/// <summary>What a load test measured after its warm-up: counts, bytes, the latency histogram and each second's figures.</summary>
public sealed record LoadResult(
    LoadTestSettings Settings,
    TimeSpan Elapsed,
    long Requests,
    long Failed,
    long BytesReceived,
    LatencyHistogram Latency,
    IReadOnlyList<LatencyInterval> Intervals,
    TimeSpan EngineCpu)
{
    /// <summary>Answers per slot (the X-Qte-Slot header the router adds).</summary>
    public IReadOnlyDictionary<string, long> BySlot { get; init; } = new Dictionary<string, long>();

    /// <summary>Every request, in the order they were due, when the run kept them.</summary>
    public IReadOnlyList<LoadRecord> Records { get; init; } = [];

    /// <summary>Answers (or failures) per second over the measured part, as k6's http_reqs rate.</summary>
    public double Throughput => Elapsed > TimeSpan.Zero ? Requests / Elapsed.TotalSeconds : 0;

    /// <summary>Failed requests (no answer, or a status of 400 and above) as a fraction, as k6's http_req_failed rate.</summary>
    public double ErrorRate => Requests == 0 ? 0 : (double)Failed / Requests;

    /// <summary>The engine's own CPU time per measured second, in percent of one core.</summary>
    public double EngineCpuPercentOfCore => Elapsed > TimeSpan.Zero ? 100 * EngineCpu.TotalSeconds / Elapsed.TotalSeconds : 0;
}
