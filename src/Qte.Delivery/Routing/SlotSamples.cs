namespace Qte.Delivery.Routing;

/// <summary>
/// A read of a slot's sample log: the router's instance (it changes when the router restarts and its samples start
/// again), the last sequence number read, and the samples after the one asked for.
/// </summary>
public sealed record SlotSamples(string Instance, string Slot, long Last, IReadOnlyList<SlotSample> Samples);
