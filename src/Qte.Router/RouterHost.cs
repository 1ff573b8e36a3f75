using System.Diagnostics;
using System.Net;
using Qte.Router.Admin;
using Qte.Router.Metrics;
using Qte.Router.Routing;
using Yarp.ReverseProxy.Configuration;

namespace Qte.Router;

/// <summary>
/// The router: two Kestrel apps in one process sharing the routing table and the metrics. The proxy listens on the
/// public port; the admin API on its own port, so no path on the public port can reach it.
/// </summary>
public sealed class RouterHost : IAsyncDisposable
{
    private RouterHost(WebApplication proxy, WebApplication admin)
    {
        Proxy = proxy;
        Admin = admin;
    }

    public WebApplication Proxy { get; }

    public WebApplication Admin { get; }

    public static RouterHost Build(RouterSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var metrics = new SlotMetrics();
        var proxyConfig = new InMemoryConfigProvider([RouteState.Route], [RouteState.Cluster(RoutingTable.Empty, settings.HealthCheckInterval)]);
        var routes = new RouteState(settings, proxyConfig);
        var saved = RoutingTableFile.Load(settings.RoutesFile);
        if (saved.Slots.Count > 0)
        {
            routes.Update(saved);
        }

        var proxy = BuildProxy(settings, routes, proxyConfig, metrics);
        return new RouterHost(proxy, BuildAdmin(settings, routes, metrics, new ReplicaHealth(proxy.Services.GetRequiredService<Yarp.ReverseProxy.IProxyStateLookup>())));
    }

    public async Task StartAsync()
    {
        await Proxy.StartAsync();
        await Admin.StartAsync();
    }

    public Task WaitForShutdownAsync() => Task.WhenAny(Proxy.WaitForShutdownAsync(), Admin.WaitForShutdownAsync());

    public async ValueTask DisposeAsync()
    {
        await Proxy.StopAsync();
        await Admin.StopAsync();
        await Proxy.DisposeAsync();
        await Admin.DisposeAsync();
    }

    private static WebApplication BuildProxy(RouterSettings settings, RouteState routes, InMemoryConfigProvider config, SlotMetrics metrics)
    {
        var builder = WebApplication.CreateSlimBuilder();

        // The proxy's per-request Information lines would cost more than the forwarding itself under load.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Yarp", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, settings.PublicPort));
        builder.Services.AddSingleton(routes);
        builder.Services.AddSingleton<IProxyConfigProvider>(config);
        builder.Services.AddReverseProxy();
        builder.Services.AddSingleton<Yarp.ReverseProxy.LoadBalancing.ILoadBalancingPolicy, WeightedStickyPolicy>();

        var app = builder.Build();
        app.Use((context, next) => UserKey.AssignAsync(context, () => next(context)));
        app.MapReverseProxy(proxy =>
        {
            proxy.UseLoadBalancing();
            proxy.Use(async (context, next) =>
            {
                var started = Stopwatch.GetTimestamp();
                await next();
                var destination = context.GetReverseProxyFeature().ProxiedDestination;
                if (destination is not null)
                {
                    metrics.Record(RouteState.SlotOf(destination), context.Response.StatusCode, Stopwatch.GetElapsedTime(started));
                }
            });
            proxy.UsePassiveHealthChecks();
        });
        return app;
    }

    private static WebApplication BuildAdmin(RouterSettings settings, RouteState routes, SlotMetrics metrics, ReplicaHealth health)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, settings.AdminPort));
        builder.Services.AddSingleton(routes);
        builder.Services.AddSingleton(metrics);
        builder.Services.AddSingleton(health);
        builder.Services.AddProblemDetails();
        var app = builder.Build();
        app.MapAdmin(settings);
        return app;
    }
}
