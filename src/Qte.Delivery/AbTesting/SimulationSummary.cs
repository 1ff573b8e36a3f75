namespace Qte.Delivery.AbTesting;

/// <summary>What the simulated population did: users per group as the service assigned them, requests sent and failed.</summary>
/// <param name="ConversionVariant">The group the conversion lift was planted in.</param>
/// <param name="EngagementVariant">The group the engagement lift was planted in.</param>
public sealed record SimulationSummary(
    int Users,
    long Requests,
    long Failed,
    IReadOnlyDictionary<string, int> UsersByVariant,
    string ConversionVariant,
    double ConversionLift,
    string EngagementVariant,
    double EngagementLift,
    TimeSpan Duration);
