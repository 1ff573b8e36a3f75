using Newtonsoft.Json.Linq;
using Qte.Delivery.Alerting;
using Qte.Delivery.Environments;
using Qte.Delivery.LoadTesting;
using Qte.Delivery.Monitoring;

namespace Qte.Delivery.Tests.Monitoring;

/// <summary>
/// The whole stage against an environment whose "router" is a real HTTP server in this process (so this process is
/// the one sampled), with a real SMTP server and a real webhook receiver.
/// </summary>
[Collection(Qte.Delivery.Tests.Deployment.DeploymentCollection.Name)]
public sealed class PerformanceStageTests : IAsyncLifetime
{
    private const string WebhookSecret = "T0001/B0001/s3cr3t-webhook-token";
    private const string SmtpPassword = "p4ssw0rd-never-printed";
    private static readonly HttpClient Http = new();
    private readonly TemporaryDirectory _directory = new();
    private readonly List<string> _log = [];
    private LoopbackReceiver _service = null!;
    private LoopbackReceiver _webhook = null!;
    private LoopbackSmtpServer _smtp = null!;

    public async Task InitializeAsync()
    {
        _service = await LoopbackReceiver.StartAsync();
        _webhook = await LoopbackReceiver.StartAsync();
        _smtp = new LoopbackSmtpServer();
        var port = new Uri(_service.Address).Port;
        var paths = Paths;
        new StateStore(paths).Save(new EnvironmentState
        {
            Router = new RouterState(Environment.ProcessId, port, port, DateTimeOffset.UnixEpoch),
            Slots = new Dictionary<string, SlotState> { ["blue"] = new("r1", "1.4.0", port, Environment.ProcessId, SlotStatus.Serving, DateTimeOffset.UnixEpoch) },
            LiveSlot = "blue",
        });
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        await _webhook.DisposeAsync();
        await _smtp.DisposeAsync();
        _directory.Dispose();
    }

    private EnvironmentPaths Paths => new(Path.Combine(_directory.Path, "environments"), "production");

    private string Reports => Path.Combine(_directory.Path, "artifacts", "monitoring", "production");

    private MonitoringSettings Settings(string responseTime, bool slackUp = true) => new()
    {
        LoadTest = new LoadTestSettings { RatePerSecond = 100, Duration = TimeSpan.FromSeconds(0.5), WarmUp = TimeSpan.FromMilliseconds(100), Path = "/api/quotes/MSFT" },
        SampleInterval = TimeSpan.FromMilliseconds(50),
        Thresholds =
        [
            Threshold(ThresholdMetrics.ResponseTime, responseTime),
            Threshold(ThresholdMetrics.ErrorRate, "rate<0.01"),
            Threshold(ThresholdMetrics.MemoryUsage, "max<100"),
        ],
        Alerting = new AlertingSettings
        {
            Channels = ["email", "slack"],
            Attempts = slackUp ? 3 : 2,
            Backoff = TimeSpan.FromMilliseconds(10),
            Email = new EmailSettings { Port = _smtp.Port, UserName = "qte-build" },
        },
    };

    private static MetricThreshold Threshold(ThresholdMetric metric, string text)
    {
        Assert.True(ThresholdExpression.TryParse(text, metric, out var expression));
        return new MetricThreshold(metric, [expression], ThresholdMode.Fail, "test");
    }

    private Task<PerformanceStageResult> RunAsync(MonitoringSettings settings, string runId, string webhook)
    {
        var variables = new Dictionary<string, string> { ["QTE_SLACK_WEBHOOK_URL"] = webhook, ["QTE_SMTP_PASSWORD"] = SmtpPassword };
        var channels = new Dictionary<string, IAlertChannel>
        {
            ["email"] = new EmailChannel(settings.Alerting.Email, variables.GetValueOrDefault, TimeSpan.FromSeconds(5)),
            ["slack"] = new SlackChannel(settings.Alerting.Slack, variables.GetValueOrDefault, Http),
        };
        var stage = new PerformanceStage(Paths, settings, channels, new SecretRedactor([webhook, SmtpPassword]), TimeProvider.System, _log.Add);
        return stage.RunAsync(Reports, runId);
    }

    [Fact]
    public async Task Should_Send_No_Alert_When_Every_Threshold_Holds()
    {
        var result = await RunAsync(Settings("p(95)<10000"), "run-1", $"{_webhook.Address}/services/{WebhookSecret}");

        Assert.True(result.Report.Passed);
        Assert.Equal(50, result.Report.Load.Requests);
        Assert.Equal(50, _service.Requests.Count(r => r.Path == "/api/quotes/MSFT") - 10);
        Assert.NotEmpty(result.Report.Resources.Samples);
        Assert.Empty(_smtp.Messages);
        Assert.Empty(_webhook.Requests);
        foreach (var file in new[] { PerformanceFiles.ReportFileName, PerformanceFiles.MarkdownFileName, PerformanceFiles.ChartFileName, PerformanceFiles.RulesFileName })
        {
            Assert.True(File.Exists(Path.Combine(Reports, file)), file);
        }

        Assert.StartsWith("<svg", File.ReadAllText(Path.Combine(Reports, PerformanceFiles.ChartFileName)), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Reports, UndeliveredAlerts.FileName)));
    }

    [Fact]
    public async Task Should_Send_Exactly_One_Email_And_One_Slack_Message_On_A_Breach_And_Not_Again_In_The_Same_Run()
    {
        var webhook = $"{_webhook.Address}/services/{WebhookSecret}";

        var result = await RunAsync(Settings("p(95)<0.001"), "run-1", webhook);
        await RunAsync(Settings("p(95)<0.001"), "run-1", webhook);

        Assert.Equal(["response_time"], result.Failing.Select(f => f.Metric));
        var email = Assert.Single(_smtp.Messages);
        Assert.Equal(("qte-build", SmtpPassword), Assert.Single(_smtp.LoginsSeen));
        Assert.Contains("response_time: measured", email.TextBody);
        Assert.Contains("threshold p(95)<0.001", email.TextBody);
        Assert.Contains(Path.Combine(Reports, PerformanceFiles.ReportFileName), email.TextBody);
        var (_, body) = Assert.Single(_webhook.Requests);
        Assert.Contains("production 1.4.0", (string)JObject.Parse(body)["text"]!);
        Assert.Equal(["email", "slack"], result.Report.Alerts.Where(a => a.Delivered).Select(a => a.Channel));
        AssertNoSecretIn(webhook);
    }

    [Fact]
    public async Task Should_Keep_The_Alert_A_Down_Receiver_Could_Not_Take()
    {
        var webhook = $"http://127.0.0.1:{Qte.Delivery.Processes.LoopbackPort.Free()}/services/{WebhookSecret}";

        var result = await RunAsync(Settings("p(95)<0.001", slackUp: false), "run-1", webhook);

        Assert.Single(_smtp.Messages);
        var undelivered = Assert.Single(result.Undelivered);
        Assert.Equal(("slack", 2), (undelivered.Channel, undelivered.Attempts));
        var kept = JArray.Parse(File.ReadAllText(Path.Combine(Reports, UndeliveredAlerts.FileName)));
        Assert.Equal("slack", (string)kept.Single()["channel"]!);
        AssertNoSecretIn(webhook);
    }

    // Every file the stage wrote, and every line it logged, scanned for the secrets' values.
    private void AssertNoSecretIn(string webhook)
    {
        var files = Directory.EnumerateFiles(_directory.Path, "*", SearchOption.AllDirectories).Select(File.ReadAllText);
        foreach (var text in files.Concat(_log))
        {
            Assert.DoesNotContain(webhook, text, StringComparison.Ordinal);
            Assert.DoesNotContain(WebhookSecret, text, StringComparison.Ordinal);
            Assert.DoesNotContain(SmtpPassword, text, StringComparison.Ordinal);
        }
    }
}
