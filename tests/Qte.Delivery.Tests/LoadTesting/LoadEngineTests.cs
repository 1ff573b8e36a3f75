using Qte.Delivery.LoadTesting;

namespace Qte.Delivery.Tests.LoadTesting;

/// <summary>The engine against a real HTTP server on loopback.</summary>
[Collection(Qte.Delivery.Tests.Deployment.DeploymentCollection.Name)]
public sealed class LoadEngineTests
{
    [Fact]
    public async Task Should_Send_At_The_Rate_Until_The_Duration_And_Count_Every_Answer()
    {
        await using var server = await LoopbackReceiver.StartAsync();
        var settings = new LoadTestSettings { RatePerSecond = 200, Duration = TimeSpan.FromSeconds(1), WarmUp = TimeSpan.FromMilliseconds(200), Path = "/quote" };

        var result = await LoadEngine.RunAsync(server.Address, settings);

        // 200 measured requests plus the warm-up's 40: the schedule decides the count, not the server's speed.
        Assert.Equal(200, result.Requests);
        Assert.Equal(240, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal("/quote", r.Path));
        Assert.Equal(0, result.Failed);
        Assert.Equal(200 * 2, result.BytesReceived);
        Assert.Equal(200, result.Latency.Count);
        Assert.Equal(200, result.Intervals.Sum(i => i.Requests));
    }

    [Fact]
    public async Task Should_Stop_At_The_Request_Bound()
    {
        await using var server = await LoopbackReceiver.StartAsync();
        var settings = new LoadTestSettings { Model = LoadModel.Closed, Connections = 4, Duration = TimeSpan.FromSeconds(30), WarmUp = TimeSpan.Zero, MaxRequests = 50 };

        var result = await LoadEngine.RunAsync(server.Address, settings);

        Assert.Equal(50, result.Requests);
        Assert.Equal(50, server.Requests.Count);
    }

    [Fact]
    public async Task Should_Count_Error_Statuses_As_Failed()
    {
        var calls = 0;
        await using var server = await LoopbackReceiver.StartAsync(context =>
        {
            context.Response.StatusCode = Interlocked.Increment(ref calls) % 4 == 0 ? 500 : 200;
            return Task.CompletedTask;
        });
        var settings = new LoadTestSettings { Model = LoadModel.Closed, Connections = 1, WarmUp = TimeSpan.Zero, MaxRequests = 100 };

        var result = await LoadEngine.RunAsync(server.Address, settings);

        Assert.Equal(25, result.Failed);
        Assert.Equal(0.25, result.ErrorRate, 6);
    }

    [Fact]
    public async Task Should_Charge_A_Stall_To_Every_Request_It_Delayed_In_The_Open_Model_Only()
    {
        // The server stalls once for 600 ms, 200 ms in. A closed model waits with it and records one slow request;
        // the open model keeps its schedule, so every request due during the stall is late by the wait (coordinated
        // omission corrected, as wrk2 does): 60 of 100 requests, the last quarter of them by more than 300 ms.
        var open = await StallAsync(new LoadTestSettings { RatePerSecond = 100, Connections = 1, Duration = TimeSpan.FromSeconds(1), WarmUp = TimeSpan.Zero });
        var closed = await StallAsync(new LoadTestSettings { Model = LoadModel.Closed, Connections = 1, Duration = TimeSpan.FromSeconds(1), WarmUp = TimeSpan.Zero });

        Assert.True(open.Latency.PercentileMs(75) > 5 * closed.Latency.PercentileMs(75), $"open p75 {open.Latency.PercentileMs(75)} ms, closed p75 {closed.Latency.PercentileMs(75)} ms");
        Assert.True(open.Latency.PercentileMs(75) >= 200, $"open p75 {open.Latency.PercentileMs(75)} ms");
    }

    [Fact]
    public async Task Should_Refuse_An_Address_Off_The_Loopback_Interface()
    {
        var error = await Assert.ThrowsAsync<DeliveryException>(() => LoadEngine.RunAsync("http://192.0.2.1:80", new LoadTestSettings()));

        Assert.Contains("'http://192.0.2.1:80' is not allowed", error.Message);
    }

    private static async Task<LoadResult> StallAsync(LoadTestSettings settings)
    {
        var stalled = 0;
        var started = System.Diagnostics.Stopwatch.StartNew();
        await using var server = await LoopbackReceiver.StartAsync(async context =>
        {
            if (started.Elapsed > TimeSpan.FromMilliseconds(200) && Interlocked.Exchange(ref stalled, 1) == 0)
            {
                await Task.Delay(600);
            }
        });
        started.Restart();
        return await LoadEngine.RunAsync(server.Address, settings);
    }
}
