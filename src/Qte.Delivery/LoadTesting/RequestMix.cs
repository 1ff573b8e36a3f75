using System.Globalization;

namespace Qte.Delivery.LoadTesting;

/// <summary>
/// What the engine sends, request by request (the n-th request of a run is <see cref="Next"/>(n)): one path again and
/// again, as wrk does, or the service's routes in a realistic mix from a pool of users, or a caller's own sequence.
/// </summary>
public sealed class RequestMix
{
    private static readonly string[] Symbols = ["MSFT", "AAPL", "NVDA", "AMZN", "GOOG"];
    private readonly Func<long, LoadRequest> _next;

    private RequestMix(Func<long, LoadRequest> next) => _next = next;

    public LoadRequest Next(long n) => _next(n);

    /// <summary>The same GET every time.</summary>
    public static RequestMix Get(string path)
    {
        var request = LoadRequest.Get(path);
        return new RequestMix(_ => request);
    }

    public static RequestMix From(Func<long, LoadRequest> next) => new(next);

    /// <summary>
    /// Mostly quotes, some orders, a few version and readiness reads, each from one of <paramref name="users"/> users.
    /// Seeded, so that a run is repeatable.
    /// </summary>
    public static RequestMix Service(int users, int seed = 7)
    {
        var random = new Random(seed);
        var gate = new Lock();
        return new RequestMix(_ =>
        {
            int roll, user, symbol, quantity;
            lock (gate)
            {
                (roll, user, symbol, quantity) = (random.Next(100), random.Next(users), random.Next(Symbols.Length), random.Next(1, 100));
            }

            var userId = string.Create(CultureInfo.InvariantCulture, $"user-{user}");
            return roll switch
            {
                < 60 => LoadRequest.Get($"/api/quotes/{Symbols[symbol]}", userId),
                < 80 => Order(userId, Symbols[symbol], quantity % 2 == 0 ? "buy" : "sell", quantity),
                < 90 => LoadRequest.Get("/version", userId),
                _ => LoadRequest.Get("/health/ready", userId),
            };
        });
    }

    public static LoadRequest Order(string userId, string symbol, string side, int quantity) =>
        new("POST", "/api/orders", userId, string.Create(CultureInfo.InvariantCulture, $$"""{"symbol":"{{symbol}}","side":"{{side}}","quantity":{{quantity}}}"""));
}
