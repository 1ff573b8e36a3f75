using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Qte.Service.Tests.Health;

public sealed class HealthEndpointsTests
{
    [Fact]
    public async Task Should_Be_Live_And_Ready_After_Warm_Up_And_Say_Who_It_Is()
    {
        await using var service = await ServiceFixture.StartAsync(new ServiceSettings
        {
            WarmUp = TimeSpan.Zero,
            Version = "1.2.3",
            Commit = "abc",
            ReleaseId = "r7",
            Slot = "green",
        });

        Assert.Equal("live", await service.Client.GetStringAsync("/health/live"));
        Assert.Equal("ready", await service.Client.GetStringAsync("/health/ready"));
        var version = await service.Client.GetFromJsonAsync<JsonObject>("/version");
        Assert.Equal("1.2.3", (string?)version!["version"]);
        Assert.Equal("r7", (string?)version["releaseId"]);
        Assert.Equal("green", (string?)version["slot"]);
    }

    [Fact]
    public async Task Should_Not_Be_Ready_While_Warming_Up()
    {
        await using var service = await ServiceFixture.StartAsync(new ServiceSettings { WarmUp = TimeSpan.FromHours(1) });

        var response = await service.Client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("warming up", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_Never_Be_Ready_When_Readiness_Is_Made_To_Fail()
    {
        await using var service = await ServiceFixture.StartAsync(new ServiceSettings { WarmUp = TimeSpan.Zero, FailReadiness = true });

        var response = await service.Client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await service.Client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task Should_Finish_Requests_In_Flight_When_Shutting_Down()
    {
        await using var service = await ServiceFixture.StartAsync(new ServiceSettings
        {
            WarmUp = TimeSpan.Zero,
            ExtraLatency = TimeSpan.FromMilliseconds(500),
        });
        var inFlight = service.Client.GetAsync("/api/quotes/MSFT");
        await WaitUntilInProgressAsync(service);

        await service.App.StopAsync();

        Assert.Equal(HttpStatusCode.OK, (await inFlight).StatusCode);
        await Assert.ThrowsAsync<HttpRequestException>(() => service.Client.GetAsync("/health/live"));
    }

    [Fact]
    public async Task Should_Keep_Answering_New_Connections_While_Not_Ready_For_Its_Stop_Delay_Then_Stop()
    {
        await using var service = await ServiceFixture.StartAsync(new ServiceSettings { WarmUp = TimeSpan.Zero, StopDelay = TimeSpan.FromSeconds(4) });

        var stopping = service.App.StopAsync();
        var ready = await service.Client.GetAsync("/health/ready");
        using var newConnection = new HttpClient { BaseAddress = service.Client.BaseAddress };
        var quote = await newConnection.GetAsync("/api/quotes/MSFT");
        var stillStopping = !stopping.IsCompleted;
        await stopping;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("shutting down", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, quote.StatusCode);
        Assert.True(stillStopping, "The service stopped before its stop delay was over.");
        using var afterStop = new HttpClient { BaseAddress = service.Client.BaseAddress };
        await Assert.ThrowsAsync<HttpRequestException>(() => afterStop.GetAsync("/health/live"));
    }

    // A fixed pause is not enough on a busy machine: the request must have reached the service before it stops.
    private static async Task WaitUntilInProgressAsync(ServiceFixture service)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var metrics = await service.Client.GetStringAsync("/metrics");
            if (metrics.Split('\n').Any(l => l.StartsWith("http_requests_in_progress", StringComparison.Ordinal) && l.Contains("/api/quotes", StringComparison.Ordinal) && !l.EndsWith(" 0", StringComparison.Ordinal)))
            {
                return;
            }

            await Task.Delay(10);
        }

        Assert.Fail("The request never reached the service.");
    }
}
