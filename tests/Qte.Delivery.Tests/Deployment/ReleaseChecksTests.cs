using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Qte.Delivery.Deployment;
using Qte.Delivery.Environments;
using Qte.Delivery.Processes;
using Qte.Delivery.Releases;
using Qte.Delivery.Routing;
using Qte.Router;
using Qte.Service;

namespace Qte.Delivery.Tests.Deployment;

/// <summary>The checks and the router client against the real service and router, hosted in this process.</summary>
[Collection(InProcessServiceCollection.Name)]
public sealed class ReleaseChecksTests : IAsyncLifetime
{
    private const string Token = "checks-token";
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly TemporaryDirectory _state = new();
    private RouterHost _router = null!;
    private RouterSettings _settings = null!;

    public async Task InitializeAsync()
    {
        // A free port may be taken by a test running in parallel before the router binds it: then two other ports.
        for (var attempt = 1; ; attempt++)
        {
            _settings = new RouterSettings
            {
                PublicPort = LoopbackPort.Free(),
                AdminPort = LoopbackPort.Free(),
                StateDirectory = _state.Path,
                Token = Token,
                HealthCheckInterval = TimeSpan.FromMilliseconds(100),
            };
            _router = RouterHost.Build(_settings);
            try
            {
                await _router.StartAsync();
                return;
            }
            catch (IOException) when (attempt < 3)
            {
                await _router.DisposeAsync();
            }
        }
    }

    public async Task DisposeAsync()
    {
        await _router.DisposeAsync();
        _http.Dispose();
        _state.Dispose();
    }

    private string PublicUrl => $"http://127.0.0.1:{_settings.PublicPort}";

    private static Release ReleaseNamed(string id, string version) =>
        new("/nowhere", new ReleaseManifest(id, version, "abc", DateTimeOffset.UnixEpoch, "hash"));

    private static async Task<(WebApplication App, string Address)> StartService(ServiceSettings settings)
    {
        var app = ServiceApp.Build(["--urls", "http://127.0.0.1:0"], settings);
        await app.StartAsync();
        return (app, app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
    }

    [Fact]
    public async Task Should_Warm_A_Slot_Up_With_The_Route_Mix()
    {
        var (service, address) = await StartService(new ServiceSettings { WarmUp = TimeSpan.Zero, ReleaseId = "r1", Version = "1.0.0" });
        await using var _ = service;

        // The service's metrics are process-wide (prometheus-net's default registry): count what the warm-up added.
        var before = await RequestCountsAsync(address);
        await ReleaseChecks.WarmUpAsync(address, 40, TimeSpan.FromSeconds(30));
        var after = await RequestCountsAsync(address);

        Assert.Equal(40, after.Values.Sum() - before.Values.Sum());
        Assert.True(after.Where(c => c.Key.Contains("api/quotes", StringComparison.Ordinal)).Sum(c => c.Value) > before.Where(c => c.Key.Contains("api/quotes", StringComparison.Ordinal)).Sum(c => c.Value));
        Assert.True(after.Where(c => c.Key.Contains("api/orders", StringComparison.Ordinal)).Sum(c => c.Value) > before.Where(c => c.Key.Contains("api/orders", StringComparison.Ordinal)).Sum(c => c.Value));
    }

    [Fact]
    public async Task Should_Stop_Warming_A_Slow_Slot_Up_At_The_Limit()
    {
        var (service, address) = await StartService(new ServiceSettings { WarmUp = TimeSpan.Zero, ReleaseId = "r1", Version = "1.0.0", ExtraLatency = TimeSpan.FromMilliseconds(300) });
        await using var _ = service;

        var before = await RequestCountsAsync(address);
        await ReleaseChecks.WarmUpAsync(address, 200, TimeSpan.FromSeconds(1));
        var after = await RequestCountsAsync(address);

        // 2 connections at 300 ms a request send about 7 in a second, not the 200 asked for.
        Assert.InRange(after.Values.Sum() - before.Values.Sum(), 1, 20);
    }

    private async Task<Dictionary<string, double>> RequestCountsAsync(string address)
    {
        var metrics = await _http.GetStringAsync($"{address}/metrics");
        return metrics.Split('\n')
            .Where(l => l.StartsWith("http_requests_received_total{", StringComparison.Ordinal))
            .ToDictionary(l => l[..l.LastIndexOf(' ')], l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Should_Pass_A_Healthy_Release_Through_The_Router()
    {
        var (service, address) = await StartService(new ServiceSettings { WarmUp = TimeSpan.Zero, ReleaseId = "r1", Version = "1.0.0" });
        await using var _ = service;
        using var client = new RouterClient(_settings.AdminPort, Token);
        await client.PutRoutesAsync(Routes.AllTo("blue", SlotAt(address)));
        var checks = new ReleaseChecks(_http);

        var ready = await checks.WaitReadyAsync(address, TimeSpan.FromSeconds(5), () => true);
        var smoke = await checks.SmokeTestAsync(PublicUrl, ReleaseNamed("r1", "1.0.0"));
        var watch = await ReleaseChecks.WatchHealthAsync(PublicUrl, TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(10), 0.05);
        var tooShort = await ReleaseChecks.WatchHealthAsync(PublicUrl, TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(20), 0.05);

        Assert.True(ready.Passed, ready.Detail);
        Assert.False(tooShort.Passed, tooShort.Detail);
        Assert.StartsWith("too little to judge: 0 of ", tooShort.Detail);
        Assert.True(smoke.Passed, smoke.Detail);
        Assert.True(watch.Passed, watch.Detail);
        Assert.Equal(100, (await client.GetRoutesAsync()).Weights["blue"]);
        Assert.True((long)(await client.GetStatsAsync("blue"))["requests"]! > 0);
        Assert.Contains("qte_router_requests_total", await client.GetMetricsAsync());
    }

    [Fact]
    public async Task Should_Fail_The_Smoke_Test_When_Another_Release_Answers_And_The_Watch_On_Errors()
    {
        var (service, address) = await StartService(new ServiceSettings { WarmUp = TimeSpan.Zero, ReleaseId = "old", FaultRate = 1 });
        await using var _ = service;
        using var client = new RouterClient(_settings.AdminPort, Token);
        await client.PutRoutesAsync(Routes.AllTo("blue", SlotAt(address)));
        var checks = new ReleaseChecks(_http);

        var smoke = await checks.SmokeTestAsync(PublicUrl, ReleaseNamed("new", "2.0.0"));
        var watch = await ReleaseChecks.WatchHealthAsync(PublicUrl, TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(5), 0.05);

        Assert.False(smoke.Passed);
        Assert.Contains("reports release old", smoke.Detail);
        Assert.False(watch.Passed);
        Assert.Contains("requests through the router failed", watch.Detail);
    }

    [Fact]
    public async Task Should_Fail_A_Watch_That_Stopped_On_Errors_Though_The_Requests_Sent_After_Were_Good()
    {
        // Two errors, then slow answers while the open model's due requests pile up, then fast ones: the watch stops at
        // 2 of 10 failed, and the backlog it still sends on stopping once brought the final rate under the threshold
        // (a faulty build went live through stage 3-v4's drill that way).
        var answered = 0;
        await using var release = await LoopbackReceiver.StartAsync(async context =>
        {
            var n = Interlocked.Increment(ref answered);
            if (n is > 2 and <= 12)
            {
                await Task.Delay(150);
            }

            context.Response.StatusCode = n <= 2 ? 500 : 200;
        });

        var watch = await ReleaseChecks.WatchHealthAsync(release.Address, TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(20), 0.05);

        Assert.False(watch.Passed, watch.Detail);
        Assert.Matches(@"^2 of 1\d requests through the router failed", watch.Detail);
        Assert.True(watch.Seconds < 4, watch.Detail);
    }

    [Fact]
    public async Task Should_Fail_Readiness_When_The_Release_Never_Gets_Ready_Or_Dies()
    {
        var (service, address) = await StartService(new ServiceSettings { FailReadiness = true });
        await using var _ = service;
        var checks = new ReleaseChecks(_http);

        var timedOut = await checks.WaitReadyAsync(address, TimeSpan.FromMilliseconds(300), () => true);
        var died = await checks.WaitReadyAsync(address, TimeSpan.FromSeconds(5), () => false);

        Assert.False(timedOut.Passed);
        Assert.Contains("did not answer 200 within 0.3 s", timedOut.Detail);
        Assert.Contains("readiness is made to fail", timedOut.Detail);
        Assert.Contains("the process exited before it was ready", died.Detail);
    }

    [Fact]
    public async Task Should_Report_The_Routers_Reasons_When_It_Refuses_A_Table()
    {
        using var client = new RouterClient(_settings.AdminPort, Token);
        using var stranger = new RouterClient(_settings.AdminPort, "wrong");

        var bad = await Assert.ThrowsAsync<DeliveryException>(() => client.PutRoutesAsync(new Routes(
            new Dictionary<string, string> { ["blue"] = "http://127.0.0.1:1" }, new Dictionary<string, int> { ["blue"] = 50 })));
        var unauthorized = await Assert.ThrowsAsync<DeliveryException>(() => stranger.GetRoutesAsync());

        Assert.Contains("(400): weights: they sum to 50; they must sum to 100.", bad.Message);
        Assert.Contains("(401)", unauthorized.Message);
        Assert.True(await client.IsLiveAsync());
    }

    private static SlotState SlotAt(string address) => new("r", "1.0.0", new Uri(address).Port, 0, SlotStatus.Serving, DateTimeOffset.UnixEpoch);
}
