using System.Net;
using Qte.Delivery.Traffic;

namespace Qte.Delivery.Tests.Traffic;

public sealed class TrafficGeneratorTests
{
    [Fact]
    public async Task Should_Send_The_Mix_At_The_Rate_From_Many_Users_And_Count_The_Failures()
    {
        using var receiver = new HttpListener();
        var port = Processes.LoopbackPort.Free();
        receiver.Prefixes.Add($"http://127.0.0.1:{port}/");
        receiver.Start();
        var seen = new System.Collections.Concurrent.ConcurrentBag<(string Method, string Path, string? User)>();
        var serving = Task.Run(async () =>
        {
            while (receiver.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await receiver.GetContextAsync();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                _ = Task.Run(() =>
                {
                    seen.Add((context.Request.HttpMethod, context.Request.Url!.AbsolutePath, context.Request.Headers["X-User-Id"]));
                    context.Response.StatusCode = context.Request.Url.AbsolutePath == "/version" ? 500 : 200;
                    context.Response.Headers["X-Qte-Slot"] = "blue";
                    context.Response.Close();
                });
            }
        });

        await using var traffic = TrafficGenerator.Start($"http://127.0.0.1:{port}", new TrafficSettings { RatePerSecond = 200, Users = 50, MaxRequests = 200 }, keepRecords: true);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((traffic.Summary() is var soFar && soFar.Sent + soFar.Skipped < 200) || traffic.Records.Count < traffic.Summary().Sent)
        {
            Assert.True(DateTime.UtcNow < deadline, "the generator did not finish its 200 requests within 30 s");
            await Task.Delay(20);
        }

        var summary = await traffic.StopAsync();
        receiver.Stop();
        await serving;

        Assert.Equal(200, summary.Sent + summary.Skipped);
        Assert.True(summary.Sent > 150, $"only {summary.Sent} sent");
        Assert.Equal(seen.Count(s => s.Path == "/version"), summary.Failed);
        Assert.Equal(summary.Sent, summary.BySlot["blue"]);
        Assert.InRange(traffic.Records.Max(r => r.SentSeconds), 0.9, 3);
        Assert.True(seen.Count(s => s.Path.StartsWith("/api/quotes/", StringComparison.Ordinal)) > seen.Count / 2);
        Assert.Contains(seen, s => s.Method == "POST" && s.Path == "/api/orders");
        Assert.True(seen.Select(s => s.User).Distinct().Count() > 30);
    }

    [Fact]
    public void Should_Refuse_An_Address_Off_The_Loopback_Interface()
    {
        var error = Assert.Throws<DeliveryException>(() => TrafficGenerator.Start("http://example.com", new TrafficSettings()));

        Assert.StartsWith("traffic: 'http://example.com' is not allowed. Allowed: an address on the loopback interface", error.Message);
    }

    [Fact]
    public void Should_Time_Until_Every_New_Request_Reaches_The_New_Slot()
    {
        TrafficRecord[] records =
        [
            new(0.9, 1.0, 200, "blue"), new(1.05, 1.1, 200, "blue"), new(1.1, 1.2, 200, "green"), new(1.3, 1.4, 200, "green"),
            new(2.1, 2.2, 200, "blue"),
        ];

        Assert.Equal(0.05, SwitchTiming.SecondsUntilAllNew(records, 1.0, 2.0, "blue", "green"), 6);
        Assert.Equal(0, SwitchTiming.SecondsUntilAllNew(records, 1.2, 2.0, "blue", "green"));
        Assert.True(double.IsNaN(SwitchTiming.SecondsUntilAllNew(records, 1.5, 2.0, "blue", "green")));
    }
}
