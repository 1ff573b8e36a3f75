namespace Qte.Delivery.Routing;

/// <summary>
/// A read of a slot's sample log: the router's instance (it changes when the router restarts and its samples start
/// again), the last sequence number read, the samples after the one asked for, and how many of the slot's replicas
/// the router can send to now (null from a router that does not say).
/// </summary>
public sealed record SlotSamples(string Instance, string Slot, long Last, IReadOnlyList<SlotSample> Samples, int? Available = null);
