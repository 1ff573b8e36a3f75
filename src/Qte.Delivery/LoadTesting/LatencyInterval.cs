namespace Qte.Delivery.LoadTesting;

/// <summary>One second of the measured part, by the time its requests were due: how many, how many failed, and their latency.</summary>
public sealed record LatencyInterval(int Second, long Requests, long Failed, double P50Ms, double P90Ms, double P99Ms, double MaxMs);
