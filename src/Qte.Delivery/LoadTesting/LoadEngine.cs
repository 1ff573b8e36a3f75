using Qte.Primitives.Net;

namespace Qte.Delivery.LoadTesting;

/// <summary>
/// The one HTTP load engine: every request the delivery generates (the load test, a canary's traffic, the A/B
/// population, the release checks' bursts, the benchmarks' steady load) goes through it. It sends to a loopback address
/// over N keep-alive connections, each on a thread of its own, under an open model (a constant arrival rate; each
/// latency counted from the request's intended send time, so a stalled server is charged for the requests it kept
/// waiting, as wrk2 corrects coordinated omission) or a closed one (each connection sending when its answer came, as
/// wrk; or running a script per iteration, as k6's shared-iterations executor).
/// </summary>
public static class LoadEngine
{
    /// <summary>Runs the settings' path (or the mix) until the duration or the request bound.</summary>
    /// <exception cref="DeliveryException">The address is not on the loopback interface, or a bound is not positive.</exception>
    public static async Task<LoadResult> RunAsync(string baseUrl, LoadTestSettings settings, RequestMix? mix = null, CancellationToken cancellation = default)
    {
        await using var run = Start(baseUrl, settings, mix, cancellation: cancellation);
        return await run.Completion;
    }

    /// <summary>Starts sending in the background, until the duration, the request bound or <see cref="LoadRun.StopAsync"/>.</summary>
    /// <param name="keepRecords">Keep every request's record (the benchmarks time switches from them).</param>
    /// <exception cref="DeliveryException">The address is not on the loopback interface, or a bound is not positive.</exception>
    public static LoadRun Start(string baseUrl, LoadTestSettings settings, RequestMix? mix = null, bool keepRecords = false, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var address = Validate(baseUrl, settings);
        return new LoadRun(address, settings, mix ?? RequestMix.Get(settings.Path), null, keepRecords, cancellation);
    }

    /// <summary>
    /// Closed model: the connections take the iterations 0 to <paramref name="iterations"/> - 1 in turn and run
    /// <paramref name="iteration"/> for each, which sends what it needs through its <see cref="LoadClient"/> (a user's
    /// session that reads its answers, as a k6 script does).
    /// </summary>
    /// <exception cref="DeliveryException">The address is not on the loopback interface, or a bound is not positive.</exception>
    public static async Task<LoadResult> RunIterationsAsync(
        string baseUrl, LoadTestSettings settings, long iterations, Action<long, LoadClient> iteration, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(iteration);
        var address = Validate(baseUrl, settings with { Model = LoadModel.Closed, MaxRequests = iterations });
        await using var run = new LoadRun(address, settings with { Model = LoadModel.Closed, MaxRequests = iterations }, RequestMix.Get(settings.Path), iteration, false, cancellation);
        return await run.Completion;
    }

    private static Uri Validate(string baseUrl, LoadTestSettings settings)
    {
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var address) || !NodeAddress.IsLoopbackOrPrivate(address))
        {
            throw new DeliveryException($"load: '{baseUrl}' is not allowed. Allowed: {NodeAddress.Allowed} (a cluster node's); the engine sends nothing anywhere else.");
        }

        if (settings.RatePerSecond <= 0 || settings.Connections <= 0 || settings.Duration <= TimeSpan.Zero || settings.MaxRequests <= 0)
        {
            throw new DeliveryException("load: the rate, the connections, the duration and the request bound must be greater than 0.");
        }

        return address;
    }
}
