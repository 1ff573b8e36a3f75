using Qte.Experiments.Analysis;

namespace Qte.Delivery.AbTesting;

/// <summary>Stage 4-v3's settings from the environment's config (abTesting.*).</summary>
public sealed record AbTestingSettings
{
    /// <summary>Drive a simulated population through the router before the analysis (the ci profile does).</summary>
    public bool Simulate { get; init; }

    /// <summary>How many synthetic ids the assignment check splits (at least 10,000).</summary>
    public int SrmPopulation { get; init; } = 10_000;

    public SimulationSettings Simulation { get; init; } = new();

    public AnalysisSettings Analysis { get; init; } = new();
}
