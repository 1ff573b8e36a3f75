using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Qte.Delivery.LoadTesting;
using Qte.Experiments.Definitions;

namespace Qte.Delivery.AbTesting;

/// <summary>
/// Users who behave according to the group the service shows them: each asks for a quote (its exposure), reads the
/// group from the X-Qte-Experiments header, asks for more quotes and perhaps places an order with the chances of its
/// group. Only the planted groups behave differently, so the true effect is known. Each user is one iteration of the
/// load engine's closed model, <see cref="SimulationSettings.Concurrency"/> users at once. Loopback only.
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
        var byVariant = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        long unexposed = 0;
        var clock = Stopwatch.StartNew();
        var load = new LoadTestSettings { Connections = settings.Concurrency, Duration = TimeSpan.FromMinutes(30), WarmUp = TimeSpan.Zero };

        var result = await LoadEngine.RunIterationsAsync(baseUrl, load, settings.Users, (index, client) =>
        {
            var random = new Random(unchecked((settings.Seed * 1_000_003) + (int)index));
            var user = userPrefix + index.ToString(CultureInfo.InvariantCulture);
            var symbol = Symbols[index % Symbols.Length];
            var quote = LoadRequest.Get($"/api/quotes/{symbol}", user);
            var exposure = client.Send(quote);
            var variant = VariantShown(exposure, experiment.Key);
            if (variant is null)
            {
                // A quote that answered without the experiment is a failed exposure too (the engine counts the others).
                if (exposure is { Failed: false })
                {
                    Interlocked.Increment(ref unexposed);
                }

                return;
            }

            byVariant.AddOrUpdate(variant, 1, (_, n) => n + 1);
            var engagement = settings.BaseEngagement + (variant == engagementVariant ? settings.EngagementLift : 0);
            for (var extra = Poisson(random, Math.Max(0, engagement)); extra > 0; extra--)
            {
                client.Send(quote);
            }

            var conversion = settings.BaseConversionRate + (variant == conversionVariant ? settings.ConversionLift : 0);
            if (random.NextDouble() < conversion)
            {
                client.Send(RequestMix.Order(user, symbol, "buy", 1));
            }
        }, cancellationToken);

        if (byVariant.IsEmpty)
        {
            throw new DeliveryException($"abTesting: none of {settings.Users} simulated users was shown experiment '{experiment.Key}' on {baseUrl}; is it published and enabled?");
        }

        return new SimulationSummary(
            settings.Users,
            result.Requests,
            result.Failed + Interlocked.Read(ref unexposed),
            byVariant.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            conversionVariant,
            settings.ConversionLift,
            engagementVariant,
            settings.EngagementLift,
            clock.Elapsed);
    }

    // The group the service showed the user for this experiment, or null when the request failed or showed none.
    private static string? VariantShown(LoadAnswer? answer, string experiment) =>
        answer is { Failed: false, Experiments: { } shown }
            ? shown.Split(", ").Select(pair => pair.Split('=', 2)).FirstOrDefault(pair => pair.Length == 2 && pair[0] == experiment)?[1]
            : null;

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
