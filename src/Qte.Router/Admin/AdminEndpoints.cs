using System.Security.Cryptography;
using System.Text;
using Prometheus;
using Qte.Router.Metrics;
using Qte.Router.Routing;

namespace Qte.Router.Admin;

/// <summary>
/// The admin API on 127.0.0.1: the routing table (read, replace) and each slot's stats, behind a bearer token;
/// /metrics and /health without one, for Prometheus and for the pipeline's wait.
/// </summary>
public static class AdminEndpoints
{
    public static void MapAdmin(this WebApplication app, RouterSettings settings)
    {
        app.MapGet("/health", () => Results.Text("live"));
        app.MapMetrics();

        var admin = app.MapGroup("/admin").AddEndpointFilter(async (context, next) =>
            HasToken(context.HttpContext, settings.Token)
                ? await next(context)
                : Results.Problem(
                    title: "Unauthorized",
                    detail: "The admin API needs 'Authorization: Bearer <token>' with the environment's router token.",
                    statusCode: StatusCodes.Status401Unauthorized));

        admin.MapGet("/routes", (RouteState routes) => Results.Json(routes.Table, RoutingTableFile.Json));
        admin.MapPut("/routes", (RoutingTable? table, RouteState routes) =>
        {
            if (table is null)
            {
                return Results.Problem(title: "Bad routing table", detail: "The body must be a routing table: { \"slots\": {...}, \"weights\": {...} }.", statusCode: 400);
            }

            var problems = routes.Update(table);
            return problems.Count == 0
                ? Results.Json(routes.Table, RoutingTableFile.Json)
                : Results.Problem(title: "Bad routing table", detail: string.Join(" ", problems), statusCode: 400);
        });
        admin.MapGet("/slots/{slot}/stats", (string slot, RouteState routes, SlotMetrics metrics) =>
            routes.Table.Slots.ContainsKey(slot)
                ? Results.Json(metrics.Stats(slot), RoutingTableFile.Json)
                : Results.Problem(title: "Unknown slot", detail: $"No slot '{slot}'. Known slots: {string.Join(", ", routes.Table.Slots.Keys)}.", statusCode: 404));

        // The window a canary analysis reads: the slot's answers after a sequence number, and the router's instance,
        // so that a reader notices a restart (the samples start again) instead of mixing two lifetimes; and how many
        // of the slot's replicas take requests now, so that it notices a replica lost (a node gone) mid-window.
        admin.MapGet("/slots/{slot}/samples", (string slot, long? after, int? max, SlotMetrics metrics, ReplicaHealth health) =>
        {
            var log = metrics.Samples(slot);
            var samples = log.After(after ?? 0, Math.Clamp(max ?? 20_000, 1, SampleLog.DefaultCapacity));
            var last = samples.Count > 0 ? samples[^1].Seq : Math.Min(after ?? 0, log.Last);
            return Results.Json(new { instance = metrics.Instance, slot, last, available = health.Available(slot), samples }, RoutingTableFile.Json);
        });
    }

    private static bool HasToken(HttpContext context, string token)
    {
        var header = context.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) || token.Length == 0)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim()), Encoding.UTF8.GetBytes(token));
    }
}
