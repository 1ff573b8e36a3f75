using Qte.Delivery.Alerting;

namespace Qte.Delivery.Tests.Alerting;

public sealed class AlertDispatcherTests
{
    private const string Secret = "T000/B000/XXXXsecretXXXX";

    [Fact]
    public async Task Should_Retry_A_Receiver_That_Is_Down_Then_Report_Every_Error_Without_The_Secret()
    {
        // Nothing listens on the port: every attempt is refused.
        var url = $"http://127.0.0.1:{Qte.Delivery.Processes.LoopbackPort.Free()}/services/{Secret}";
        using var http = new HttpClient();
        var channels = new Dictionary<string, IAlertChannel> { ["slack"] = new SlackChannel(new SlackSettings(), _ => url, http) };
        var log = new List<string>();
        var dispatcher = new AlertDispatcher(
            channels, new AlertingSettings { Attempts = 3, Backoff = TimeSpan.FromMilliseconds(10) }, new SecretRedactor([url]), TimeProvider.System, log.Add);

        var (state, deliveries) = await dispatcher.DispatchAsync(Alerts.ResponseTime(), ["slack"], new AlertState());

        var delivery = Assert.Single(deliveries);
        Assert.False(delivery.Delivered);
        Assert.Equal(3, delivery.Attempts);
        Assert.Equal(3, delivery.Errors.Count);
        Assert.Empty(state.Sent);
        Assert.Equal(3, log.Count(l => l.StartsWith("slack: attempt", StringComparison.Ordinal)));
        Assert.DoesNotContain(log.Concat(delivery.Errors), l => l.Contains(Secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_Deliver_On_A_Later_Attempt_After_The_Backoff()
    {
        var calls = 0;
        await using var receiver = await LoopbackReceiver.StartAsync(context =>
        {
            context.Response.StatusCode = Interlocked.Increment(ref calls) == 1 ? 503 : 200;
            return Task.CompletedTask;
        });
        using var http = new HttpClient();
        var channels = new Dictionary<string, IAlertChannel> { ["slack"] = new SlackChannel(new SlackSettings(), _ => receiver.Address + "/hook", http) };
        var dispatcher = new AlertDispatcher(
            channels, new AlertingSettings { Attempts = 3, Backoff = TimeSpan.FromMilliseconds(10) }, new SecretRedactor([]), TimeProvider.System, _ => { });

        var (_, deliveries) = await dispatcher.DispatchAsync(Alerts.ResponseTime(), ["slack"], new AlertState());

        Assert.True(deliveries[0].Delivered);
        Assert.Equal(2, deliveries[0].Attempts);
        Assert.Equal(["the webhook answered HTTP 503."], deliveries[0].Errors);
    }

    [Fact]
    public async Task Should_Send_One_Breach_Once_Per_Run_And_Channel()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        using var http = new HttpClient();
        var channels = new Dictionary<string, IAlertChannel> { ["slack"] = new SlackChannel(new SlackSettings(), _ => receiver.Address + "/hook", http) };
        var dispatcher = new AlertDispatcher(channels, new AlertingSettings(), new SecretRedactor([]), TimeProvider.System, _ => { });

        var (state, _) = await dispatcher.DispatchAsync(Alerts.ResponseTime("run-1"), ["slack"], new AlertState());
        (state, var again) = await dispatcher.DispatchAsync(Alerts.ResponseTime("run-1"), ["slack"], state);
        (_, var nextRun) = await dispatcher.DispatchAsync(Alerts.ResponseTime("run-2"), ["slack"], state);

        Assert.True(again[0].Duplicate);
        Assert.True(nextRun[0].Delivered);
        Assert.Equal(2, receiver.Requests.Count);
    }

    [Fact]
    public void Should_Keep_Undelivered_Alerts_Added_To_What_The_File_Holds()
    {
        using var directory = new TemporaryDirectory();
        var path = Path.Combine(directory.Path, UndeliveredAlerts.FileName);
        var failed = new AlertDelivery("email", Delivered: false, Duplicate: false, 3, ["refused"]);

        UndeliveredAlerts.Append(path, Alerts.ResponseTime("run-1"), [failed], DateTimeOffset.UnixEpoch);
        UndeliveredAlerts.Append(path, Alerts.ResponseTime("run-2"), [failed], DateTimeOffset.UnixEpoch);

        var entries = Newtonsoft.Json.Linq.JArray.Parse(File.ReadAllText(path));
        Assert.Equal(["production/run-1/response_time", "production/run-2/response_time"], entries.Select(e => (string)e["dedupKey"]!));
        Assert.All(entries, e => Assert.Contains("p(95)<1", (string)e["body"]!));
    }
}
