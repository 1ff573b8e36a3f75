using System.Diagnostics;
using Newtonsoft.Json.Linq;
using Qte.Delivery.LoadTesting;
using Qte.Delivery.Releases;

namespace Qte.Delivery.Deployment;

/// <summary>
/// The checks a release passes before and after it takes traffic: readiness on its own port, then through the
/// router a smoke test and a health watch.
/// </summary>
public sealed class ReleaseChecks(HttpClient http)
{
    public const string SmokeUser = "qte-smoke";

    /// <summary>Waits for /health/ready on the slot itself, failing early if the process dies.</summary>
    /// <summary>Every address of a slot ready within one timeout: a slot with replicas on several nodes is ready when each is.</summary>
    public async Task<CheckResult> WaitReadyAsync(IReadOnlyList<string> addresses, TimeSpan timeout, Func<bool> isRunning)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        if (addresses.Count == 1)
        {
            return await WaitReadyAsync(addresses[0], timeout, isRunning);
        }

        var watch = Stopwatch.StartNew();
        foreach (var address in addresses)
        {
            var replica = await WaitReadyAsync(address, timeout - watch.Elapsed, isRunning);
            if (!replica.Passed)
            {
                return replica with { Detail = $"the replica on {address}: {replica.Detail}", Seconds = watch.Elapsed.TotalSeconds };
            }
        }

        return new CheckResult("readiness", true, $"{addresses.Count} replicas ready after {watch.Elapsed.TotalSeconds:0.0} s", watch.Elapsed.TotalSeconds);
    }

    public async Task<CheckResult> WaitReadyAsync(string slotAddress, TimeSpan timeout, Func<bool> isRunning)
    {
        var watch = Stopwatch.StartNew();
        var last = "no answer yet";
        var notRunning = 0;
        while (watch.Elapsed < timeout)
        {
            // Twice in a row: a process caught between its shell and dotnet (exec) can look gone for an instant.
            notRunning = isRunning() ? 0 : notRunning + 1;
            if (notRunning >= 2)
            {
                return new CheckResult("readiness", false, $"the process exited before it was ready (last answer: {last})", watch.Elapsed.TotalSeconds);
            }

            try
            {
                using var response = await http.GetAsync($"{slotAddress}/health/ready");
                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
                if (response.IsSuccessStatusCode)
                {
                    return new CheckResult("readiness", true, $"ready after {watch.Elapsed.TotalSeconds:0.0} s", watch.Elapsed.TotalSeconds);
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                last = ex.Message;
            }

            await Task.Delay(100);
        }

        return new CheckResult("readiness", false, $"/health/ready did not answer 200 within {timeout.TotalSeconds:0.#} s (last answer: {last})", watch.Elapsed.TotalSeconds);
    }

    /// <summary>At an address (the router, or a slot directly before it takes traffic): ready, reporting the new release, answering a quote.</summary>
    public async Task<CheckResult> SmokeTestAsync(string publicUrl, Release release, string name = "smoke test")
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var ready = await GetAsync($"{publicUrl}/health/ready");
            if (!ready.IsSuccessStatusCode)
            {
                return Fail($"GET /health/ready answered {(int)ready.StatusCode}");
            }

            var version = JObject.Parse(await (await GetAsync($"{publicUrl}/version")).Content.ReadAsStringAsync());
            if ((string?)version["releaseId"] != release.Id || (string?)version["version"] != release.Manifest.Version)
            {
                return Fail($"GET /version reports release {(string?)version["releaseId"]} ({(string?)version["version"]}), not {release.Id} ({release.Manifest.Version})");
            }

            var quote = await GetAsync($"{publicUrl}/api/quotes/MSFT");
            return quote.IsSuccessStatusCode
                ? new CheckResult(name, true, $"ready, /version reports the release, a quote answered at {publicUrl}", watch.Elapsed.TotalSeconds)
                : Fail($"GET /api/quotes/MSFT answered {(int)quote.StatusCode}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or Newtonsoft.Json.JsonException)
        {
            return Fail($"{publicUrl} did not answer: {ex.Message}");
        }

        CheckResult Fail(string detail) => new(name, false, detail, watch.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// Sends traffic through the router for the window, a readiness read and a quote per interval, and fails when the
    /// share of failed requests passes the threshold (checked as it goes, once ten requests were made, so a bad release
    /// is caught early).
    /// </summary>
    public static async Task<CheckResult> WatchHealthAsync(string publicUrl, TimeSpan duration, TimeSpan interval, double maxErrorRate, string name = "health watch")
    {
        var watch = Stopwatch.StartNew();
        var symbols = new[] { "MSFT", "AAPL", "NVDA", "AMZN" };
        var mix = RequestMix.From(n => LoadRequest.Get(n % 2 == 0 ? "/health/ready" : $"/api/quotes/{symbols[n / 2 % symbols.Length]}", $"watch-{n % 50}"));
        var settings = new LoadTestSettings
        {
            RatePerSecond = 2 / Math.Max(interval.TotalSeconds, 0.001),
            Connections = 2,
            Duration = duration > TimeSpan.Zero ? duration : TimeSpan.FromMilliseconds(1),
            WarmUp = TimeSpan.Zero,
            RequestTimeout = TimeSpan.FromSeconds(5),
        };
        await using var load = LoadEngine.Start(publicUrl, settings, mix);
        (long Requests, long Failed, double Seconds)? breach = null;
        while (!load.Completion.IsCompleted)
        {
            await Task.WhenAny(load.Completion, Task.Delay(interval));
            if (load.Progress is { Requests: >= MinimumWatchRequests } soFar && (double)soFar.Failed / soFar.Requests > maxErrorRate)
            {
                breach = (soFar.Requests, soFar.Failed, watch.Elapsed.TotalSeconds);
                break;
            }
        }

        var result = await load.StopAsync();

        // The verdict is the look that crossed the threshold: the requests already due, still sent on stopping, must not
        // dilute it (a faulty build once went live on 2 failed of 31, then of 45 with the backlog sent).
        if (breach is { } seen)
        {
            return new CheckResult(
                name, false,
                $"{seen.Failed} of {seen.Requests} requests through the router failed ({(double)seen.Failed / seen.Requests:P1}; threshold {maxErrorRate:P1}) in {seen.Seconds:0.0} s; the watch stopped there",
                watch.Elapsed.TotalSeconds);
        }

        var rate = result.Requests == 0 ? 1 : result.ErrorRate;
        var detail = $"{result.Failed} of {result.Requests} requests through the router failed ({rate:P1}; threshold {maxErrorRate:P1}) in {watch.Elapsed.TotalSeconds:0.0} s";

        // A watch that stopped before its time, or saw too few answers, measured too little to pass (it once ended
        // after a second of a 3 s watch with every answer good, and a faulty build went live).
        if (watch.Elapsed < duration * 0.9 || result.Requests < MinimumWatchRequests)
        {
            var why = load.Completion.Exception?.GetBaseException().Message;
            return new CheckResult(
                name, false,
                $"too little to judge: {detail}, of a {duration.TotalSeconds:0.#} s watch needing {MinimumWatchRequests} answers{(why is null ? string.Empty : $" ({why})")}",
                watch.Elapsed.TotalSeconds);
        }

        return new CheckResult(name, rate <= maxErrorRate, detail, watch.Elapsed.TotalSeconds);
    }

    private const int MinimumWatchRequests = 10;

    /// <summary>
    /// Sends the service's route mix straight to a slot, answers ignored, until <paramref name="requests"/> were sent
    /// or <paramref name="limit"/> passed: a fresh process compiles each route on its first requests, and a canary
    /// judged on latency against a warm stable slot must not be judged on that.
    /// </summary>
    public static Task WarmUpAsync(string slotAddress, int requests, TimeSpan limit) =>
        LoadEngine.RunAsync(
            slotAddress,
            new LoadTestSettings { Model = LoadModel.Closed, Connections = 2, Duration = limit, WarmUp = TimeSpan.Zero, MaxRequests = requests, RequestTimeout = TimeSpan.FromSeconds(5) },
            RequestMix.Service(users: 100));

    private async Task<HttpResponseMessage> GetAsync(string url, string user = SmokeUser)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-User-Id", user);
        return await http.SendAsync(request);
    }
}
