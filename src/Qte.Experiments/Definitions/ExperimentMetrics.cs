namespace Qte.Experiments.Definitions;

/// <summary>The success metrics the events support.</summary>
public static class ExperimentMetrics
{
    /// <summary>The share of exposed users who placed at least one order.</summary>
    public const string ConversionRate = "conversion_rate";

    /// <summary>The mean number of requests an exposed user made.</summary>
    public const string UserEngagement = "user_engagement";

    public static readonly IReadOnlyList<string> All = [ConversionRate, UserEngagement];
}
