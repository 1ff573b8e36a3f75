using Qte.Delivery.Configuration;

namespace Qte.Delivery.Tests.Configuration;

public sealed class EnvironmentConfigTests : IDisposable
{
    private const string Base = """
        {
          "strategy": "recreate",
          "readyTimeoutSeconds": 30,
          "routerStartTimeoutSeconds": 20,
          "healthCheckIntervalMs": 1000,
          "healthWatchSeconds": 60,
          "healthWatchIntervalMs": 250,
          "drainSeconds": 10,
          "replicas": 0,
          "retention": 5,
          "thresholds": { "maxErrorRate": 0.05, "p95LatencyMs": 500, "availability": 0.99 },
          "blueGreen": { "trafficSwitchStrategy": "instant", "scaleDownDelaySeconds": 30 },
          "canary": {
            "steps": [10, 25, 50, 100], "durationSeconds": 300, "successThreshold": 95, "minRequests": 50,
            "latencyTolerancePercent": 20, "latencyToleranceMs": 50, "alpha": 0.01, "interimLooks": 2, "inconclusiveTimeoutSeconds": 60,
            "onEmptyEnvironment": "deploy"
          },
          "rollbackDrill": { "enabled": false, "faultRate": 0.5, "faultAfterRequests": 50 },
          "traffic": { "enabled": false, "ratePerSecond": 100, "users": 500, "maxInFlight": 64 },
          "abTesting": {
            "simulate": false, "simulatedUsers": 2000, "concurrency": 32, "baseConversionRate": 0.1, "conversionLift": 0.1,
            "baseEngagement": 2, "engagementLift": 1, "minSamplePerArm": 1000, "alpha": 0.05, "srmPopulation": 10000
          },
          "secrets": { "routerToken": "QTE_TEST_ROUTER_TOKEN" },
          "profiles": { "ci": { "abTesting": { "simulate": true, "minSamplePerArm": 100 }, "healthWatchSeconds": 2, "canary": { "durationSeconds": 6, "onEmptyEnvironment": "baseline" }, "traffic": { "enabled": true } } }
        }
        """;

    private readonly TemporaryDirectory _directory = new();

    public EnvironmentConfigTests()
    {
        _directory.Write("base.json", Base);
        _directory.Write("dev.json", """{ "publicPort": 18080 }""");
        _directory.Write("production.json", """{ "publicPort": 18082, "strategy": "canary", "thresholds": { "maxErrorRate": 0.01 } }""");
    }

    public void Dispose() => _directory.Dispose();

    private EnvironmentConfig Load(string environment, string? profile = null, params string[] sets) =>
        EnvironmentConfig.Load(_directory.Path, "build/config/environments", environment, profile, sets);

    private string Refused(string environment, string? profile = null, params string[] sets) =>
        Assert.Throws<DeliveryException>(() => Load(environment, profile, sets)).Message;

    [Fact]
    public void Should_Layer_Base_Environment_Profile_And_Command_Line()
    {
        var config = Load("production", "ci", "drainSeconds=3", "release.env.QTE_FAULT_RATE=0.3");
        var settings = config.ToDeploymentSettings();

        Assert.Equal("canary", config.Strategy);
        Assert.Equal(18082, settings.PublicPort);
        Assert.Equal(0.01, settings.MaxErrorRate);
        Assert.Equal(0.99, config.Availability);
        Assert.Equal(TimeSpan.FromSeconds(2), settings.WatchDuration);
        Assert.Equal(TimeSpan.FromSeconds(3), settings.Drain);
        Assert.Equal("0.3", settings.ReleaseEnvironment["QTE_FAULT_RATE"]);
        Assert.Equal("build/config/environments/production.json", config.SourceOf("thresholds.maxErrorRate"));
        Assert.Equal("build/config/environments/base.json: profiles.ci", config.SourceOf("healthWatchSeconds"));
        Assert.Equal("--set drainSeconds", config.SourceOf("drainSeconds"));
        Assert.Equal([10, 25, 50, 100], settings.Canary.Steps);
        Assert.Equal(TimeSpan.FromSeconds(6), settings.Canary.StepDuration);
        Assert.Equal(0.95, settings.Canary.SuccessThreshold);
        Assert.Equal(0.2, settings.Canary.LatencyTolerance);
        Assert.True(settings.Canary.BaselineOnEmpty);
        Assert.True(settings.Traffic.Enabled);
        Assert.Equal(TimeSpan.FromSeconds(30), settings.ScaleDownDelay);
        Assert.False(Load("production").ToDeploymentSettings().Traffic.Enabled);
    }

    [Fact]
    public void Should_Write_The_Real_Values_In_The_Env_File_Without_A_Profile()
    {
        var env = Load("production").ToEnvFile();

        Assert.Contains("canary_enabled=true\n", env);
        Assert.Contains("blue_green_enabled=false\n", env);
        Assert.Contains("canary_percentage=10\n", env);
        Assert.Contains("canary_duration=300\n", env);
        Assert.Contains("secret_router_token_variable=QTE_TEST_ROUTER_TOKEN\n", env);
        Assert.Contains("canary_duration=6\n", Load("production", "ci").ToEnvFile());
        Assert.Contains("success_threshold=95\n", env);
        Assert.Contains("traffic_switch_strategy=instant\n", env);
        Assert.Contains("current_environment=none\ntarget_environment=blue\n", env);
        Assert.Contains("current_environment=blue\ntarget_environment=green\n", Load("production").ToEnvFile("blue"));
    }

    [Fact]
    public void Should_Redact_Secrets_Naming_Only_Their_Variables()
    {
        var json = Load("dev").ToRedactedJson(name => name == "QTE_TEST_ROUTER_TOKEN" ? "s3cret" : null);

        Assert.Equal("${QTE_TEST_ROUTER_TOKEN} (set, redacted)", (string?)json["config"]!["secrets"]!["routerToken"]);
        Assert.DoesNotContain("s3cret", json.ToString());
        Assert.Equal("build/config/environments/dev.json", (string?)json["sources"]!["publicPort"]);
        var slots = Load("dev").ToRedactedJson(_ => null, "green")["blueGreen"]!;
        Assert.Equal("green", (string?)slots["currentEnvironment"]);
        Assert.Equal("blue", (string?)slots["targetEnvironment"]);
        Assert.Equal("instant", (string?)slots["trafficSwitchStrategy"]);
    }

    [Fact]
    public void Should_Read_The_AB_Settings_With_The_Profiles_Overrides()
    {
        var settings = EnvironmentConfig.Load(_directory.Path, "build/config/environments", "production", "ci", ["abTesting.conversionLift=0.2"]).ToAbTestingSettings();

        Assert.True(settings.Simulate);
        Assert.Equal(100, settings.Analysis.MinSamplePerArm);
        Assert.Equal(0.05, settings.Analysis.Alpha);
        Assert.Equal(0.2, settings.Simulation.ConversionLift);
        Assert.Equal(10_000, settings.SrmPopulation);
    }

    [Fact]
    public void Should_Refuse_A_Synthetic_Population_Below_Ten_Thousand() =>
        Assert.Equal(
            "--set abTesting.srmPopulation: 'abTesting.srmPopulation' is 500. Allowed: a whole number from 10000 to 10000000.",
            Refused("dev", null, "abTesting.srmPopulation=500"));

    [Fact]
    public void Should_Name_The_Layer_The_Path_And_The_Rule_Of_A_Bad_Value()
    {
        Assert.Equal(
            "--set healthWatchSeconds: 'healthWatchSeconds' is \"soon\". Allowed: a number from 0 to 3600.",
            Refused("dev", null, "healthWatchSeconds=soon"));
        _directory.Write("dev.json", """{ "publicPort": 18080, "strategy": "rolling" }""");
        Assert.Equal(
            "build/config/environments/dev.json: 'strategy' is \"rolling\". Allowed: one of recreate, blue-green, canary.",
            Refused("dev"));
    }

    [Fact]
    public void Should_Refuse_Unknown_Keys_Missing_Keys_And_Bad_Canary_Steps()
    {
        _directory.Write("dev.json", """{ "publicPort": 18080, "publicPortt": 1, "canary": { "steps": [50, 25] } }""");

        var message = Refused("dev");

        Assert.Contains("build/config/environments/dev.json: 'publicPortt' is not a known key.", message);
        Assert.Contains("'canary.steps' is [50,25]. Allowed: a list of percentages from 1 to 100, increasing, ending at 100.", message);
        _directory.Write("dev.json", "{}");
        Assert.Contains("'publicPort' is missing from every layer.", Refused("dev"));
    }

    [Fact]
    public void Should_Refuse_An_Unknown_Environment_Profile_Or_Set()
    {
        Assert.Equal("--environment: 'qa' has no build/config/environments/qa.json. Known environments: dev, production.", Refused("qa"));
        Assert.StartsWith("--profile: 'fast' is not a profile of build/config/environments/base.json. Known profiles: ci.", Refused("dev", "fast"));
        Assert.StartsWith("--set: 'drainSeconds' is not key=value", Refused("dev", null, "drainSeconds"));
        _directory.Write("dev.json", "{ nope");
        Assert.StartsWith("build/config/environments/dev.json: not valid JSON", Refused("dev"));
    }

    private static readonly string Monitoring = File.ReadAllText(Path.Combine(RepositoryRoot(), "build", "config", "monitoring.json"));

    // The shipped monitoring.json: these tests also prove it is valid.
    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "QteBuild.slnx")))
        {
            directory = directory.Parent;
        }

        return directory.FullName;
    }

    private EnvironmentConfig LoadMonitored(string environment, string? profile = null, params string[] sets)
    {
        var file = Path.Combine(_directory.Path, "config", "monitoring.json");
        if (!File.Exists(file))
        {
            _directory.Write("config/monitoring.json", Monitoring);
        }

        return EnvironmentConfig.Load(_directory.Path, "build/config/environments", environment, profile, sets, (file, "build/config/monitoring.json"));
    }

    [Fact]
    public void Should_Read_The_Seeds_Monitoring_Shape_As_Thresholds()
    {
        var settings = LoadMonitored("dev").ToMonitoringSettings();

        Assert.True(settings.Enabled);
        Assert.Equal(
            ["response_time p(95)<200", "throughput rate>=1000", "error_rate rate<0.01", "cpu_usage avg<80", "memory_usage max<85"],
            settings.Thresholds.Select(t => $"{t.Metric.Key} {t.Expressions.Single().Text}"));
        Assert.All(settings.Thresholds, t => Assert.Equal("build/config/monitoring.json", t.Source));
        Assert.Equal(["email", "slack"], settings.Alerting.Channels);
        Assert.Equal(Qte.Delivery.Alerting.EscalationPolicy.Immediate, settings.Alerting.Policy);
        Assert.Equal("QTE_SLACK_WEBHOOK_URL", settings.Alerting.Slack.WebhookUrlVariable);
        Assert.Equal("QTE_SMTP_PASSWORD", settings.Alerting.Email.PasswordVariable);
    }

    [Fact]
    public void Should_Let_The_Environment_The_Profile_And_Set_Override_Monitoring_Keys_In_Seed_Or_K6_Form()
    {
        _directory.Write("staging.json", """{ "publicPort": 18081, "monitoring": { "metrics": { "cpu_usage": { "mode": "warn" } } } }""");

        var settings = LoadMonitored(
            "staging", null,
            "monitoring.metrics.response_time.threshold=1",
            "monitoring.metrics.error_rate.threshold=[\"rate<0.05\",\"rate<=0.1\"]",
            "monitoring.alerting.email.smtp_port=2525",
            "monitoring.load_test.model=closed").ToMonitoringSettings();

        var responseTime = settings.Thresholds.Single(t => t.Metric.Key == "response_time");
        Assert.Equal("p(95)<1", responseTime.Expressions.Single().Text);
        Assert.Equal("--set monitoring.metrics.response_time.threshold", responseTime.Source);
        Assert.Equal(["rate<0.05", "rate<=0.1"], settings.Thresholds.Single(t => t.Metric.Key == "error_rate").Expressions.Select(e => e.Text));
        Assert.Equal(Qte.Delivery.Monitoring.ThresholdMode.Warn, settings.Thresholds.Single(t => t.Metric.Key == "cpu_usage").Mode);
        Assert.Equal(2525, settings.Alerting.Email.Port);
        Assert.Equal(Qte.Delivery.LoadTesting.LoadModel.Closed, settings.LoadTest.Model);
    }

    [Theory]
    [InlineData("monitoring.metrics.response_time.threshold=rate<0.01", "--set monitoring.metrics.response_time.threshold: 'monitoring.metrics.response_time.threshold' is \"rate<0.01\". Allowed: a number in ms (p(95) < the number) or k6 expressions such as p(95)<200: p(N), avg, med, min, max with <, <=, > or >=.")]
    [InlineData("monitoring.alerting.channels=[\"email\",\"pager\"]", "'monitoring.alerting.channels' is [\"email\",\"pager\"]. Allowed: a list of distinct values from email, slack.")]
    [InlineData("monitoring.alerting.slack.webhook_url_env=https://hooks.example/x", "Allowed: the name of an environment variable")]
    [InlineData("monitoring.metrics.latency.threshold=5", "'monitoring.metrics.latency.threshold' is not a known key. Known monitoring keys: monitoring.advanced_monitoring_enabled,")]
    public void Should_Refuse_A_Bad_Monitoring_Value_Naming_The_Layer_And_Key(string set, string message)
    {
        var error = Assert.Throws<DeliveryException>(() => LoadMonitored("dev", null, set));

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Should_Name_The_Monitoring_File_For_A_Bad_Value_In_It()
    {
        _directory.Write("config/monitoring.json", Monitoring.Replace("\"escalation_policy\": \"immediate\"", "\"escalation_policy\": \"eventually\"", StringComparison.Ordinal));

        var error = Assert.Throws<DeliveryException>(() => LoadMonitored("dev"));

        Assert.Equal("build/config/monitoring.json: 'monitoring.alerting.escalation_policy' is \"eventually\". Allowed: one of immediate, stepped.", error.Message);
    }

    [Fact]
    public void Should_Say_The_Monitoring_File_Is_Missing_When_Asked_For_Its_Settings()
    {
        var error = Assert.Throws<DeliveryException>(() => Load("dev").ToMonitoringSettings());

        Assert.Contains("build/config/monitoring.json: the file is missing", error.Message);
    }
}
