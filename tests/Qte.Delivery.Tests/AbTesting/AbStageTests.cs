using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Qte.Delivery.Environments;
using Qte.Delivery.AbTesting;
using Qte.Experiments.Analysis;
using Qte.Experiments.Definitions;
using Qte.Experiments.Events;
using Qte.Service;

namespace Qte.Delivery.Tests.AbTesting;

/// <summary>Stage 4-v3 against the real service on a loopback port, its experiments and events in a temp environment.</summary>
[Collection(InProcessServiceCollection.Name)]
public sealed class AbStageTests : IAsyncLifetime
{
    private const string Definition = """
        {
          "key": "checkout-flow",
          "start": "2026-01-01T00:00:00Z",
          "ab_testing_enabled": true,
          "test_groups": ["control", "variant_a", "variant_b"],
          "traffic_split": { "control": 50, "variant_a": 25, "variant_b": 25 },
          "test_duration": 604800,
          "success_metrics": ["conversion_rate", "user_engagement"]
        }
        """;

    private readonly TemporaryDirectory _directory = new();
    private readonly List<string> _log = [];
    private WebApplication? _service;
    private string _url = string.Empty;

    private EnvironmentPaths Paths => new(_directory.Path, "production");

    public async Task InitializeAsync()
    {
        _service = ServiceApp.Build(["--urls", "http://127.0.0.1:0"], new ServiceSettings
        {
            WarmUp = TimeSpan.Zero,
            ExperimentsDirectory = Paths.Experiments,
            EventsDatabase = Paths.EventsDatabase,
        });
        await _service.StartAsync();
        _url = _service.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
    }

    [Fact]
    public async Task Should_Publish_Simulate_And_Find_The_Planted_Effect()
    {
        var result = await RunSimulatedAsync(new SimulationSettings { Users = 800, Concurrency = 8, ConversionLift = 0.25, EngagementLift = 2 });

        Assert.Null(result.Failure);
        Assert.True(File.Exists(Path.Combine(Paths.Experiments, "checkout-flow.json")));
        Assert.False(result.AssignmentCheck.Mismatch);
        Assert.Equal(800, result.Simulation!.UsersByVariant.Values.Sum());
        Assert.Equal(800, result.Analysis!.Arms.Sum(a => a.Exposures));
        Assert.Equal(Decision.Ship, result.Analysis.Decisions.Single(d => d.Variant == "variant_a").Decision);
        Assert.Equal(Decision.Ship, result.Analysis.Decisions.Single(d => d.Variant == "variant_b").Decision);
        Assert.Contains(_log, line => line.StartsWith("Published checkout-flow", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_Flag_Captured_Events_Skewed_By_Lost_Exposures()
    {
        var run = await RunSimulatedAsync(new SimulationSettings { Users = 800, Concurrency = 8 });

        // A logging bug that lost 120 of variant_b's exposures: the split in the data no longer matches the config.
        using (var store = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Paths.EventsDatabase};Pooling=False"))
        {
            store.Open();
            using var lose = store.CreateCommand();
            lose.CommandText = "DELETE FROM events WHERE kind = 'exposure' AND variant = 'variant_b' AND user_id IN (SELECT user_id FROM events WHERE kind = 'exposure' AND variant = 'variant_b' LIMIT 120);";
            lose.ExecuteNonQuery();
        }

        var (analysis, _) = AbStage.Analyze(Paths, run.Experiment, new AnalysisSettings { MinSamplePerArm = 100 }, DateTimeOffset.UtcNow);

        Assert.False(analysis.Trustworthy);
        Assert.True(analysis.Srm.Mismatch);
        Assert.All(analysis.Decisions, d => Assert.Equal(Decision.KeepRunning, d.Decision));
    }

    [Fact]
    public async Task Should_Publish_A_Disabled_Experiment_Without_Simulating_Or_Analysing()
    {
        var file = _directory.Write("config/checkout-flow.json", Definition.Replace("\"ab_testing_enabled\": true", "\"ab_testing_enabled\": false", StringComparison.Ordinal));
        var settings = new AbTestingSettings { Simulate = true, Simulation = new SimulationSettings { Users = 100 } };

        var result = await new AbStage(Paths, _url, settings, _log.Add, TimeProvider.System).RunAsync(file, ExperimentFile.Load(file), "test");

        Assert.Null(result.Failure);
        Assert.Null(result.Simulation);
        Assert.Null(result.Analysis);
        Assert.True(File.Exists(Path.Combine(Paths.Experiments, "checkout-flow.json")));
        Assert.Contains(_log, line => line.Contains("is not running", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Say_The_Events_Database_Is_Missing_When_Nothing_Was_Captured()
    {
        var experiment = ExperimentFile.Parse(Definition, "checkout-flow.json");

        var error = Assert.Throws<EventStoreException>(() => AbStage.Analyze(Paths, experiment, new AnalysisSettings(), DateTimeOffset.UtcNow));

        Assert.Contains("the events database does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Fail_When_The_Planted_Effect_Is_Not_Significant()
    {
        var experiment = ExperimentFile.Parse(Definition, "checkout-flow.json");
        var analysis = ExperimentAnalyzer.Analyze(experiment, [
            new ArmTotals("control", 1000, 100, 3000, 11000),
            new ArmTotals("variant_a", 500, 52, 1500, 5500),
            new ArmTotals("variant_b", 500, 50, 1500, 5500),
        ], new AnalysisSettings(), DateTimeOffset.UtcNow);
        var simulation = new SimulationSummary(2000, 6000, 0, new Dictionary<string, int>(), "variant_a", 0.1, "variant_b", 1, TimeSpan.FromSeconds(1));

        var failure = AbStage.MissedPlantedEffect(analysis, simulation);

        Assert.StartsWith("the planted effect on conversion_rate in variant_a (+0.1) was not found", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Fail_When_The_Analysis_Has_No_Result_For_A_Metric_With_A_Planted_Effect()
    {
        var experiment = ExperimentFile.Parse(Definition, "checkout-flow.json");
        var analysis = ExperimentAnalyzer.Analyze(experiment, [
            new ArmTotals("control", 1000, 100, 3000, 11000),
            new ArmTotals("variant_a", 500, 80, 1500, 5500),
            new ArmTotals("variant_b", 500, 50, 1500, 5500),
        ], new AnalysisSettings(), DateTimeOffset.UtcNow);
        var withoutConversion = analysis with { Results = [.. analysis.Results.Where(r => r.Metric != ExperimentMetrics.ConversionRate)] };
        var simulation = new SimulationSummary(2000, 6000, 0, new Dictionary<string, int>(), "variant_a", 0.1, "variant_b", 0, TimeSpan.FromSeconds(1));

        var failure = AbStage.MissedPlantedEffect(withoutConversion, simulation);

        Assert.Equal("the analysis has no result for conversion_rate in variant_a, where an effect was planted (is the metric in the experiment's file?)", failure);
    }

    [Fact]
    public async Task Should_Refuse_To_Simulate_Anywhere_But_Loopback()
    {
        var experiment = ExperimentFile.Parse(Definition, "checkout-flow.json");

        var error = await Assert.ThrowsAsync<DeliveryException>(() => PopulationSimulator.RunAsync("http://example.com", experiment, new SimulationSettings(), "x-"));

        Assert.Contains("is not allowed. Allowed: an address on the loopback interface", error.Message, StringComparison.Ordinal);
    }

    private Task<AbStageResult> RunSimulatedAsync(SimulationSettings simulation)
    {
        var file = _directory.Write("config/checkout-flow.json", Definition);
        var settings = new AbTestingSettings { Simulate = true, Simulation = simulation, Analysis = new AnalysisSettings { MinSamplePerArm = 100 } };
        return new AbStage(Paths, _url, settings, _log.Add, TimeProvider.System).RunAsync(file, ExperimentFile.Load(file), "test");
    }

    public async Task DisposeAsync()
    {
        if (_service is not null)
        {
            await _service.StopAsync();
            await _service.DisposeAsync();
        }

        _directory.Dispose();
    }
}
