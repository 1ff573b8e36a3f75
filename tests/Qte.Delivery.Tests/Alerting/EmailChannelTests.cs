using Qte.Delivery.Alerting;

namespace Qte.Delivery.Tests.Alerting;

/// <summary>The email channel against a real SMTP server on loopback.</summary>
public sealed class EmailChannelTests
{
    [Fact]
    public async Task Should_Deliver_An_Alert_Naming_The_Environment_Version_Metric_Values_And_Report()
    {
        await using var smtp = new LoopbackSmtpServer();
        var settings = new EmailSettings { Port = smtp.Port, To = ["oncall@example.test", "lead@example.test"] };
        var channel = new EmailChannel(settings, _ => null, TimeSpan.FromSeconds(5));

        await channel.SendAsync(Alerts.ResponseTime(), CancellationToken.None);

        var message = Assert.Single(smtp.Messages);
        Assert.Equal(["oncall@example.test", "lead@example.test"], message.To.Mailboxes.Select(m => m.Address));
        Assert.Contains("production 1.4.0", message.Subject);
        Assert.Contains("response_time: measured 3.25, threshold p(95)<1 (fail mode)", message.TextBody);
        Assert.Contains("Report: /repo/artifacts/monitoring/production/performance-report.json", message.TextBody);
        Assert.Equal(Alerts.ResponseTime().DedupKey, message.Headers["X-Qte-Dedup-Key"]);
    }

    [Fact]
    public async Task Should_Say_Which_Server_Refused_When_None_Listens()
    {
        var port = Qte.Delivery.Processes.LoopbackPort.Free();
        var channel = new EmailChannel(new EmailSettings { Port = port }, _ => null, TimeSpan.FromSeconds(2));

        var error = await Assert.ThrowsAsync<AlertDeliveryException>(() => channel.SendAsync(Alerts.ResponseTime(), CancellationToken.None));

        Assert.Contains($"127.0.0.1:{port}", error.Message);
    }
}
