using System.Collections.Concurrent;
using Qte.Experiments.Assignment;
using Qte.Experiments.Events;

namespace Qte.Service.ExperimentAssignment;

/// <summary>
/// Puts each /api request of a known user (X-User-Id) into the running experiments: the group the assignment gives,
/// shown in the X-Qte-Experiments header and to the endpoints; an exposure the first time, a request every time, and
/// a conversion when an order is accepted. Requests without a user id are served control and recorded nowhere.
/// </summary>
public sealed class ExperimentMiddleware(RequestDelegate next, ExperimentCatalog catalog, EventRecorder recorder, TimeProvider time)
{
    public const string UserHeader = "X-User-Id";
    public const string ExperimentsHeader = "X-Qte-Experiments";

    // Users this process has already exposed, so that a busy user does not queue an exposure per request (the store
    // keeps one anyway). Bounded: past it the store's own once-per-user rule is all that holds.
    private const int RememberedExposures = 1_000_000;
    private readonly ConcurrentDictionary<(string Experiment, string Revision, string User), byte> _exposed = new();
    private int _remembered;

    public async Task InvokeAsync(HttpContext context)
    {
        var experiments = catalog.Current;
        if (experiments.Count == 0
            || !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || context.Request.Headers[UserHeader].ToString() is not { Length: > 0 and <= 200 } user)
        {
            await next(context);
            return;
        }

        var now = time.GetUtcNow();
        var assignments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var experiment in experiments.Where(e => e.IsRunning(now)))
        {
            var variant = VariantAssigner.Assign(experiment, user, now);
            assignments[experiment.Key] = variant;
            if (FirstExposureHere(experiment.Key, experiment.Revision, user))
            {
                recorder.Add(new ExperimentEvent(experiment.Key, user, variant, ExperimentEventKind.Exposure, now));
            }

            recorder.Add(new ExperimentEvent(experiment.Key, user, variant, ExperimentEventKind.Request, now));
        }

        if (assignments.Count > 0)
        {
            context.Items[typeof(ExperimentMiddleware)] = assignments;
            context.Response.Headers[ExperimentsHeader] = string.Join(", ", assignments.Select(a => $"{a.Key}={a.Value}"));
        }

        await next(context);

        if (context.Response.StatusCode == StatusCodes.Status201Created && HttpMethods.IsPost(context.Request.Method)
            && context.Request.Path.StartsWithSegments("/api/orders", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var (experiment, variant) in assignments)
            {
                recorder.Add(new ExperimentEvent(experiment, user, variant, ExperimentEventKind.Conversion, now));
            }
        }
    }

    // ConcurrentDictionary.Count takes every lock: the bound is kept with a counter of its own.
    private bool FirstExposureHere(string experiment, string revision, string user)
    {
        if (Volatile.Read(ref _remembered) >= RememberedExposures)
        {
            return true;
        }

        if (!_exposed.TryAdd((experiment, revision, user), 0))
        {
            return false;
        }

        Interlocked.Increment(ref _remembered);
        return true;
    }

    /// <summary>The groups this request's user is in, by experiment key; null when none.</summary>
    public static IReadOnlyDictionary<string, string>? Assignments(HttpContext context) =>
        context.Items.TryGetValue(typeof(ExperimentMiddleware), out var value) ? (IReadOnlyDictionary<string, string>)value! : null;
}
