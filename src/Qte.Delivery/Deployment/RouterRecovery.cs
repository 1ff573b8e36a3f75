using Qte.Delivery.Routing;

namespace Qte.Delivery.Deployment;

/// <summary>
/// A router that died during a rollout is started again: it reloads the table it persisted, the table is put again,
/// and the context's client is the new router's from then on.
/// </summary>
internal sealed class RouterRecovery(RolloutContext context)
{
    public async Task RecoverAsync(Routes routes)
    {
        var settings = context.Settings;
        var state = context.Store.Load();
        var routerState = await context.Router.EnsureRunningAsync(state.Router, settings.PublicPort, settings.PublicPortSource, settings.RouterStartTimeout, settings.HealthCheckInterval);
        context.Store.Save(state with { Router = routerState });
        var dead = context.Client;
        context.Client = context.Router.Client(routerState);
        dead.Dispose();
        await context.Client.PutRoutesAsync(routes);
    }
}
