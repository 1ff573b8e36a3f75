using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Qte.Delivery.Deployment;

namespace Qte.Delivery.Tests.Deployment;

public sealed class ReplicaSettleTests
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };

    [Fact]
    public void Should_Read_The_Process_Cpu_Seconds_Of_A_Prometheus_Exposition()
    {
        var text = "# HELP process_cpu_seconds_total Total user and system CPU time spent in seconds.\n# TYPE process_cpu_seconds_total counter\nprocess_cpu_seconds_total 2.145764\ndotnet_total_memory_bytes 3816880\n";

        Assert.Equal(2.145764, ReplicaSettle.CpuSeconds(text));
        Assert.Null(ReplicaSettle.CpuSeconds("dotnet_total_memory_bytes 3816880\n"));
    }

    [Fact]
    public async Task Should_Return_Once_Every_Replica_Is_Idle()
    {
        await using var idle = await StartReplicaAsync(cpuShare: 0);
        await using var calm = await StartReplicaAsync(cpuShare: 0.01);

        var (_, settled) = await ReplicaSettle.WaitAsync(_http, [idle.Address, calm.Address], TimeSpan.FromSeconds(10));

        Assert.True(settled);
    }

    [Fact]
    public async Task Should_Give_Up_At_The_Limit_While_A_Replica_Stays_Busy()
    {
        await using var idle = await StartReplicaAsync(cpuShare: 0);
        await using var busy = await StartReplicaAsync(cpuShare: 0.3);

        var (took, settled) = await ReplicaSettle.WaitAsync(_http, [idle.Address, busy.Address], TimeSpan.FromSeconds(2));

        Assert.False(settled);
        Assert.True(took >= TimeSpan.FromSeconds(2), $"took {took}");
    }

    [Fact]
    public async Task Should_Not_Count_A_Replica_Without_Metrics_As_Idle()
    {
        await using var idle = await StartReplicaAsync(cpuShare: 0);

        var (_, settled) = await ReplicaSettle.WaitAsync(_http, [idle.Address, "http://127.0.0.1:9"], TimeSpan.FromSeconds(1));

        Assert.False(settled);
    }

    /// <summary>A replica whose /metrics says it uses the given share of a core since it started.</summary>
    private static async Task<Replica> StartReplicaAsync(double cpuShare)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var clock = Stopwatch.StartNew();
        app.MapGet("/metrics", () => Results.Text(
            string.Create(CultureInfo.InvariantCulture, $"process_cpu_seconds_total {1.5 + (cpuShare * clock.Elapsed.TotalSeconds)}\n")));
        await app.StartAsync();
        return new Replica(app, app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
    }

    private sealed record Replica(WebApplication App, string Address) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => App.DisposeAsync();
    }
}
