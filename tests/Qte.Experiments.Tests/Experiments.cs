using Qte.Experiments.Definitions;

namespace Qte.Experiments.Tests;

/// <summary>Experiment definitions for tests: the seed's three groups split 50/25/25 unless told otherwise.</summary>
internal static class Experiments
{
    public static ExperimentDefinition CheckoutFlow(
        bool enabled = true,
        DateTimeOffset? start = null,
        double[]? split = null,
        string[]? metrics = null,
        TimeSpan? duration = null) => new(
        "checkout-flow",
        "checkout-flow",
        start ?? new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
        enabled,
        ["control", "variant_a", "variant_b"],
        split ?? [50, 25, 25],
        duration ?? TimeSpan.FromDays(7),
        metrics ?? [ExperimentMetrics.ConversionRate, ExperimentMetrics.UserEngagement],
        "test");
}
