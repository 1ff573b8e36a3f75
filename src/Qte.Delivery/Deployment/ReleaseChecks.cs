using System.Diagnostics;
using Newtonsoft.Json.Linq;
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
    /// Sends traffic through the router for the window and fails when the share of failed requests passes the
    /// threshold (checked as it goes, once ten requests were made, so a bad release is caught early).
    /// </summary>
    public async Task<CheckResult> WatchHealthAsync(string publicUrl, TimeSpan duration, TimeSpan interval, double maxErrorRate, string name = "health watch")
    {
        var watch = Stopwatch.StartNew();
        var (total, failed) = (0, 0);
        var symbols = new[] { "MSFT", "AAPL", "NVDA", "AMZN" };
        while (watch.Elapsed < duration || total == 0)
        {
            foreach (var path in new[] { "/health/ready", $"/api/quotes/{symbols[total % symbols.Length]}" })
            {
                total++;
                try
                {
                    using var response = await GetAsync(publicUrl + path, $"watch-{total % 50}");
                    failed += response.IsSuccessStatusCode ? 0 : 1;
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    failed++;
                }
            }

            if (total >= 10 && (double)failed / total > maxErrorRate)
            {
                break;
            }

            await Task.Delay(interval);
        }

        var rate = (double)failed / total;
        var detail = $"{failed} of {total} requests through the router failed ({rate:P1}; threshold {maxErrorRate:P1}) in {watch.Elapsed.TotalSeconds:0.0} s";
        return new CheckResult(name, rate <= maxErrorRate, detail, watch.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// Sends the service's route mix straight to a slot, answers ignored: a fresh process compiles each route on its
    /// first requests, and a canary judged on latency against a warm stable slot must not be judged on that.
    /// </summary>
    public async Task WarmUpAsync(string slotAddress, int requests)
    {
        var mix = new Traffic.TrafficMix(users: 100);
        for (var i = 0; i < requests; i++)
        {
            try
            {
                using var request = mix.Next(new Uri(slotAddress));
                using var response = await http.SendAsync(request);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Readiness and the smoke test judged the slot; this only warms it.
            }
        }
    }

    private async Task<HttpResponseMessage> GetAsync(string url, string user = SmokeUser)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-User-Id", user);
        return await http.SendAsync(request);
    }
}
