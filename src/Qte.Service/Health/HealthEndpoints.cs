namespace Qte.Service.Health;

/// <summary>/health/live (the process answers), /health/ready (it should take traffic) and /version.</summary>
public static class HealthEndpoints
{
    public static void MapHealth(this WebApplication app)
    {
        app.MapGet("/health/live", () => Results.Text("live"));
        app.MapGet("/health/ready", (Readiness readiness) => readiness.IsReady
            ? Results.Text("ready")
            : Results.Text(readiness.Reason, statusCode: StatusCodes.Status503ServiceUnavailable));
        app.MapGet("/version", (ServiceSettings settings) => Results.Json(new
        {
            version = settings.Version,
            commit = settings.Commit,
            releaseId = settings.ReleaseId,
            slot = settings.Slot,
        }));
    }
}
