using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Qte.Experiments.Definitions;

namespace Qte.Delivery.AbTesting;

/// <summary>
/// Users who behave according to the group the service shows them: each asks for a quote (its exposure), reads the
/// group from the X-Qte-Experiments header, asks for more quotes and perhaps places an order with the chances of its
/// group. Only the planted groups behave differently, so the true effect is known. Loopback only.
/// </summary>
public static class PopulationSimulator
{
    private static readonly string[] Symbols = ["MSFT", "AAPL", "NVDA", "AMZN", "GOOG"];

    /// <param name="userPrefix">Makes this run's users new users: the store keeps one exposure per user for good.</param>
    /// <exception cref="DeliveryException">The address is not loopback, or the service never showed the experiment.</exception>
    public static async Task<SimulationSummary> RunAsync(string baseUrl, ExperimentDefinition experiment, SimulationSettings settings, string userPrefix, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(settings);
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var address) || !address.IsLoopback)
        {
            throw new DeliveryException($"abTesting: '{baseUrl}' is not allowed. Allowed: an address on the loopback interface.");
        }

        var conversionVariant = experiment.Groups[1];
        var engagementVariant = experiment.Groups[^1];
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = settings.Concurrency, UseCookies = false })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(10),
        };
        var byVariant = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        long requests = 0, failed = 0;
        var clock = Stopwatch.StartNew();

        await Parallel.ForEachAsync(
            Enumerable.Range(0, settings.Users),
            new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency, CancellationToken = cancellationToken },
            async (index, token) =>
            {
                var random = new Random(unchecked((settings.Seed * 1_000_003) + index));
                var user = userPrefix + index.ToString(CultureInfo.InvariantCulture);
                var symbol = Symbols[index % Symbols.Length];
                var variant = await QuoteAsync(http, user, symbol, experiment.Key, token);
                Interlocked.Increment(ref requests);
                if (variant is null)
                {
                    Interlocked.Increment(ref failed);
                    return;
                }

                byVariant.AddOrUpdate(variant, 1, (_, n) => n + 1);
                var engagement = settings.BaseEngagement + (variant == engagementVariant ? settings.EngagementLift : 0);
                for (var extra = Poisson(random, Math.Max(0, engagement)); extra > 0; extra--)
                {
                    Interlocked.Increment(ref requests);
                    if (await QuoteAsync(http, user, symbol, experiment.Key, token) is null)
                    {
                        Interlocked.Increment(ref failed);
                    }
                }

                var conversion = settings.BaseConversionRate + (variant == conversionVariant ? settings.ConversionLift : 0);
                if (random.NextDouble() < conversion)
                {
                    Interlocked.Increment(ref requests);
                    if (!await OrderAsync(http, user, symbol, token))
                    {
                        Interlocked.Increment(ref failed);
                    }
                }
            });

        if (byVariant.IsEmpty)
        {
            throw new DeliveryException($"abTesting: none of {settings.Users} simulated users was shown experiment '{experiment.Key}' on {baseUrl}; is it published and enabled?");
        }

        return new SimulationSummary(
            settings.Users,
            requests,
            failed,
            byVariant.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            conversionVariant,
            settings.ConversionLift,
            engagementVariant,
            settings.EngagementLift,
            clock.Elapsed);
    }

    // The group the service showed the user for this experiment, or null when the request failed or showed none.
    private static async Task<string?> QuoteAsync(HttpClient http, string user, string symbol, string experiment, CancellationToken token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/quotes/{symbol}");
        request.Headers.Add("X-User-Id", user);
        try
        {
            using var response = await http.SendAsync(request, token);
            if (!response.IsSuccessStatusCode || !response.Headers.TryGetValues("X-Qte-Experiments", out var values))
            {
                return null;
            }

            return string.Join(", ", values).Split(", ")
                .Select(pair => pair.Split('=', 2))
                .FirstOrDefault(pair => pair.Length == 2 && pair[0] == experiment)?[1];
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private static async Task<bool> OrderAsync(HttpClient http, string user, string symbol, CancellationToken token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders") { Content = JsonContent.Create(new { symbol, side = "buy", quantity = 1 }) };
        request.Headers.Add("X-User-Id", user);
        try
        {
            using var response = await http.SendAsync(request, token);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    // Knuth's method: fine for the small means used here.
    private static int Poisson(Random random, double mean)
    {
        var limit = Math.Exp(-mean);
        var (count, product) = (0, random.NextDouble());
        while (product > limit)
        {
            count++;
            product *= random.NextDouble();
        }

        return count;
    }
}
