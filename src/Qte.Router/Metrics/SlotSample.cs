namespace Qte.Router.Metrics;

/// <summary>
/// One answer a slot gave through the router: its place in the slot's sequence, when it ended (Unix milliseconds),
/// how long it took and its status code. The canary analysis compares windows of these between two slots.
/// </summary>
public readonly record struct SlotSample(long Seq, long At, double Ms, int Status);
