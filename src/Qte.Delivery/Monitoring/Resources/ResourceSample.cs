namespace Qte.Delivery.Monitoring.Resources;

/// <summary>The sampled processes together at one moment: CPU over the last interval and resident memory, in percent of the limits.</summary>
public sealed record ResourceSample(double AtSeconds, double CpuPercent, double MemoryPercent, long ResidentBytes, int Processes);
