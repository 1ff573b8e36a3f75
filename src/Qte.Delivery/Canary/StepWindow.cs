using Qte.Delivery.Routing;

namespace Qte.Delivery.Canary;

/// <summary>A judged canary step and both slots' samples over its window.</summary>
public sealed record StepWindow(CanaryStepReport Report, IReadOnlyList<SlotSample> Canary, IReadOnlyList<SlotSample> Stable);
