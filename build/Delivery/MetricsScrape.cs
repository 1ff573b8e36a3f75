using Cake.Core;
using Cake.Core.Diagnostics;
using Qte.Delivery.Monitoring;

namespace Qte.Build.Delivery;

/// <summary>
/// Reads the live service's and the router's /metrics once and checks that each parses as Prometheus text and has the
/// families the alert rules use; a failure names the URL and what is wrong.
/// </summary>
public static class MetricsScrape
{
    private static readonly string[] ServiceMetrics = ["http_requests_received_total", "http_request_duration_seconds_bucket", "process_cpu_seconds_total"];
    private static readonly string[] RouterMetrics = ["qte_router_requests_total", "qte_router_request_duration_seconds_bucket"];

    public static async Task CheckAsync(BuildContext context, string serviceAddress, int routerAdminPort)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        await ScrapeAsync(context, http, $"{serviceAddress}/metrics", "service", ServiceMetrics);
        await ScrapeAsync(context, http, $"http://127.0.0.1:{routerAdminPort}/metrics", "router", RouterMetrics);
    }

    private static async Task ScrapeAsync(BuildContext context, HttpClient http, string url, string what, string[] expected)
    {
        string text;
        try
        {
            text = await http.GetStringAsync(url);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            throw new CakeException($"Monitoring: the {what}'s metrics at {url} cannot be read: {ex.Message}");
        }

        var (metrics, problems) = PrometheusText.Parse(text);
        var missing = expected.Where(m => !metrics.Contains(m)).ToList();
        if (problems.Count > 0 || missing.Count > 0)
        {
            throw new CakeException(
                $"Monitoring: the {what}'s metrics at {url} are not usable: " +
                string.Join("; ", problems.Take(3).Concat(missing.Select(m => $"no {m}"))));
        }

        context.Log.Information("  {0} metrics at {1}: {2} metric families, format valid", what, url, metrics.Count);
    }
}
