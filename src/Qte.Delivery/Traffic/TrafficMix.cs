using System.Globalization;
using System.Text;

namespace Qte.Delivery.Traffic;

/// <summary>
/// The service's routes in a realistic mix: mostly quotes, some orders, a few version and readiness reads, each from
/// one of the pool's users (the X-User-Id header the router keeps sticky). Seeded, so a run is repeatable.
/// </summary>
public sealed class TrafficMix(int users, int seed = 7)
{
    private static readonly string[] Symbols = ["MSFT", "AAPL", "NVDA", "AMZN", "GOOG"];
    private readonly Random _random = new(seed);
    private readonly Lock _lock = new();

    public HttpRequestMessage Next(Uri baseAddress)
    {
        int roll, user, symbol, quantity;
        lock (_lock)
        {
            (roll, user, symbol, quantity) = (_random.Next(100), _random.Next(users), _random.Next(Symbols.Length), _random.Next(1, 100));
        }

        var request = roll switch
        {
            < 60 => new HttpRequestMessage(HttpMethod.Get, new Uri(baseAddress, $"/api/quotes/{Symbols[symbol]}")),
            < 80 => new HttpRequestMessage(HttpMethod.Post, new Uri(baseAddress, "/api/orders"))
            {
                Content = new StringContent(
                    string.Create(CultureInfo.InvariantCulture, $$"""{"symbol":"{{Symbols[symbol]}}","side":"{{(quantity % 2 == 0 ? "buy" : "sell")}}","quantity":{{quantity}}}"""),
                    Encoding.UTF8,
                    "application/json"),
            },
            < 90 => new HttpRequestMessage(HttpMethod.Get, new Uri(baseAddress, "/version")),
            _ => new HttpRequestMessage(HttpMethod.Get, new Uri(baseAddress, "/health/ready")),
        };
        request.Headers.Add("X-User-Id", string.Create(CultureInfo.InvariantCulture, $"user-{user}"));
        return request;
    }
}
