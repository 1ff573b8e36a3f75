namespace Qte.Delivery.AbTesting;

/// <summary>
/// The simulated population and the effect planted in it: users of the first variant convert
/// <see cref="ConversionLift"/> more often, users of the last variant make <see cref="EngagementLift"/> more requests.
/// The analysis must find both, in their direction.
/// </summary>
public sealed record SimulationSettings
{
    public int Users { get; init; } = 2000;

    /// <summary>Users active at once.</summary>
    public int Concurrency { get; init; } = 32;

    /// <summary>The chance that a control user places an order.</summary>
    public double BaseConversionRate { get; init; } = 0.1;

    public double ConversionLift { get; init; } = 0.15;

    /// <summary>The mean number of quotes a control user asks for after the first (Poisson).</summary>
    public double BaseEngagement { get; init; } = 2;

    public double EngagementLift { get; init; } = 1;

    /// <summary>Seeds each user's behaviour, so that a run is repeatable.</summary>
    public int Seed { get; init; } = 11;
}
