using Microsoft.Extensions.Hosting;

namespace Qte.Service.Health;

/// <summary>
/// Keeps the listener open for <see cref="ServiceSettings.StopDelay"/> after a stop is asked for, while readiness says
/// "shutting down", so a router's health check takes the replica out while it still answers; only then does Kestrel
/// stop accepting. Swarm stops a replica of a rolling update or a scale-down on its own, without the router's switch
/// that precedes a slot's stop, so without this its last requests would fail. The host runs every StoppingAsync
/// before any hosted service (Kestrel's included) stops, and before ApplicationStopping when a caller, not a signal,
/// stops it: so readiness is turned off here too.
/// </summary>
internal sealed class StopDelay(ServiceSettings settings, Readiness readiness, TimeProvider time) : IHostedLifecycleService
{
    public Task StoppingAsync(CancellationToken cancellationToken)
    {
        readiness.Stopping();
        return settings.StopDelay > TimeSpan.Zero ? Task.Delay(settings.StopDelay, time, cancellationToken) : Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
