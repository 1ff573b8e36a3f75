using Prometheus;
using Qte.Service.ExperimentAssignment;
using Qte.Service.Faults;
using Qte.Service.Health;
using Qte.Service.Orders;
using Qte.Service.Quotes;

namespace Qte.Service;

/// <summary>
/// Builds the service: settings from QTE_* environment variables, endpoints, metrics and graceful shutdown.
/// </summary>
public static class ServiceApp
{
    /// <summary>How long shutdown waits for requests in flight.</summary>
    public static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(10);

    public static WebApplication Build(string[] args, ServiceSettings settings, TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);

        // ASP.NET Core logs every request at Information: megabytes a minute under load, and CPU the requests need.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(time ?? TimeProvider.System);
        builder.Services.AddSingleton<Readiness>();
        builder.Services.AddSingleton<ExperimentCatalog>();
        builder.Services.AddSingleton<EventRecorder>();
        builder.Services.AddHostedService(s => s.GetRequiredService<EventRecorder>());
        builder.Services.AddHostedService<ExperimentWatcher>();
        builder.Services.AddHostedService<StopDelay>();
        builder.Services.AddProblemDetails();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = DrainTimeout);

        var app = builder.Build();
        var readiness = app.Services.GetRequiredService<Readiness>();
        app.Lifetime.ApplicationStopping.Register(readiness.Stopping);

        // Which slot answered, for the traffic generator and the benchmarks that time a switch.
        app.Use((context, next) =>
        {
            context.Response.Headers["X-Qte-Slot"] = settings.Slot;
            return next(context);
        });
        app.UseHttpMetrics();
        app.UseMiddleware<FaultInjection>();
        app.UseMiddleware<ExperimentMiddleware>();
        app.MapHealth();
        app.MapQuotes();
        app.MapOrders();
        app.MapExperiments();
        app.MapMetrics();
        return app;
    }
}
