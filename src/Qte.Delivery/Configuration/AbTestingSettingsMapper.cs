using Qte.Delivery.AbTesting;
using Qte.Experiments.Analysis;

namespace Qte.Delivery.Configuration;

/// <summary>An environment's config as stage 4-v3's settings: the SRM check, the simulated population, the analysis.</summary>
public static class AbTestingSettingsMapper
{
    public static AbTestingSettings ToAbTestingSettings(this EnvironmentConfig config) => new()
    {
        Simulate = (bool)config.Values.SelectToken("abTesting.simulate")!,
        SrmPopulation = (int)config.Values.SelectToken("abTesting.srmPopulation")!,
        Simulation = new SimulationSettings
        {
            Users = (int)config.Values.SelectToken("abTesting.simulatedUsers")!,
            Concurrency = (int)config.Values.SelectToken("abTesting.concurrency")!,
            BaseConversionRate = (double)config.Values.SelectToken("abTesting.baseConversionRate")!,
            ConversionLift = (double)config.Values.SelectToken("abTesting.conversionLift")!,
            BaseEngagement = (double)config.Values.SelectToken("abTesting.baseEngagement")!,
            EngagementLift = (double)config.Values.SelectToken("abTesting.engagementLift")!,
        },
        Analysis = new AnalysisSettings
        {
            MinSamplePerArm = (int)config.Values.SelectToken("abTesting.minSamplePerArm")!,
            Alpha = (double)config.Values.SelectToken("abTesting.alpha")!,
        },
    };
}
