using Newtonsoft.Json.Linq;
using Qte.Delivery.Alerting;

namespace Qte.Delivery.Tests.Alerting;

/// <summary>The Slack channel against a real HTTP receiver on loopback.</summary>
public sealed class SlackChannelTests
{
    [Fact]
    public async Task Should_Post_The_Alert_As_Json_Text_To_The_Webhook_In_The_Variable()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        using var http = new HttpClient();
        var variables = new Dictionary<string, string> { ["QTE_SLACK_WEBHOOK_URL"] = $"{receiver.Address}/services/T000/B000/secret-token" };
        var channel = new SlackChannel(new SlackSettings(), variables.GetValueOrDefault, http);

        await channel.SendAsync(Alerts.ResponseTime(), CancellationToken.None);

        var (path, body) = Assert.Single(receiver.Requests);
        Assert.Equal("/services/T000/B000/secret-token", path);
        var text = (string)JObject.Parse(body)["text"]!;
        Assert.Contains("production 1.4.0", text);
        Assert.Contains("response_time: measured 3.25, threshold p(95)<1", text);
    }

    [Fact]
    public async Task Should_Name_The_Variable_When_It_Is_Not_Set()
    {
        using var http = new HttpClient();
        var channel = new SlackChannel(new SlackSettings { WebhookUrlVariable = "TEAM_WEBHOOK" }, _ => null, http);

        var error = await Assert.ThrowsAsync<AlertDeliveryException>(() => channel.SendAsync(Alerts.ResponseTime(), CancellationToken.None));

        Assert.Equal("TEAM_WEBHOOK is not set: it must hold the webhook's URL.", error.Message);
    }
}
