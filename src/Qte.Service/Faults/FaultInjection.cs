namespace Qte.Service.Faults;

/// <summary>
/// Makes /api requests slow (QTE_EXTRA_LATENCY_MS) or fail (QTE_FAULT_RATE, from the request after
/// QTE_FAULT_AFTER_REQUESTS on), to prove the pipeline's protections.
/// Health, version and metrics are left alone so that the fault shows as errors, not as a dead process.
/// </summary>
public sealed class FaultInjection(RequestDelegate next, ServiceSettings settings)
{
    private long _requests;

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        if (settings.ExtraLatency > TimeSpan.Zero)
        {
            await Task.Delay(settings.ExtraLatency, context.RequestAborted);
        }

        var faulty = Interlocked.Increment(ref _requests) > settings.FaultAfterRequests;
        if (faulty && settings.FaultRate > 0 && Random.Shared.NextDouble() < settings.FaultRate)
        {
            await Results.Problem(
                title: "Injected fault",
                detail: $"This release answers {settings.FaultRate:P0} of requests with 500 (QTE_FAULT_RATE).",
                statusCode: StatusCodes.Status500InternalServerError).ExecuteAsync(context);
            return;
        }

        await next(context);
    }
}
