using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json.Linq;

namespace Qte.Delivery.Routing;

/// <summary>The router's admin API: its health, the routing table, each slot's stats.</summary>
public sealed class RouterClient : IDisposable
{
    private readonly HttpClient _http;

    public RouterClient(int adminPort, string token, TimeSpan? timeout = null)
    {
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{adminPort}"), Timeout = timeout ?? TimeSpan.FromSeconds(5) };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    public async Task<bool> IsLiveAsync(CancellationToken cancellation = default)
    {
        try
        {
            using var response = await _http.GetAsync("/health", cancellation);
            return response.IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    public async Task<Routes> GetRoutesAsync(CancellationToken cancellation = default)
    {
        var text = await Send(HttpMethod.Get, "/admin/routes", null, cancellation);
        return Json.Deserialize<Routes>(text, "GET /admin/routes");
    }

    /// <exception cref="DeliveryException">The router refused the table; the message carries its reasons.</exception>
    public Task PutRoutesAsync(Routes routes, CancellationToken cancellation = default) =>
        Send(HttpMethod.Put, "/admin/routes", Json.Serialize(routes), cancellation);

    public async Task<JObject> GetStatsAsync(string slot, CancellationToken cancellation = default) =>
        JObject.Parse(await Send(HttpMethod.Get, $"/admin/slots/{slot}/stats", null, cancellation));

    /// <summary>The slot's answers after sequence number <paramref name="after"/>; long.MaxValue reads only where the log stands.</summary>
    public async Task<SlotSamples> GetSamplesAsync(string slot, long after, CancellationToken cancellation = default) =>
        Json.Deserialize<SlotSamples>(
            await Send(HttpMethod.Get, $"/admin/slots/{slot}/samples?after={after.ToString(System.Globalization.CultureInfo.InvariantCulture)}", null, cancellation),
            $"GET /admin/slots/{slot}/samples");

    public async Task<string> GetMetricsAsync(CancellationToken cancellation = default) =>
        await _http.GetStringAsync("/metrics", cancellation);

    public void Dispose() => _http.Dispose();

    private async Task<string> Send(HttpMethod method, string path, string? body, CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellation);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            throw new DeliveryException($"The router's admin API at {_http.BaseAddress} does not answer {method} {path}: {ex.Message}", ex);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellation);
            if (!response.IsSuccessStatusCode)
            {
                var detail = TryDetail(text) ?? text;
                throw new DeliveryException($"The router refused {method} {path} ({(int)response.StatusCode}): {detail}");
            }

            return text;
        }
    }

    private static string? TryDetail(string text)
    {
        try
        {
            return (string?)JObject.Parse(text)["detail"];
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }
}
