using System.Text;
using Qte.Primitives.Hashing;

namespace Qte.Service.Quotes;

/// <summary>
/// Deterministic quotes: the same symbol always gets the same price, so that tests and load runs can check answers.
/// </summary>
public static class QuotePricer
{
    public static Quote Price(string symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);

        var hash = Fnv1a.Hash32(Encoding.ASCII.GetBytes(symbol));

        var mid = 10m + (hash % 99_000) / 100m;
        return new Quote(symbol, Bid: mid - 0.01m, Ask: mid + 0.01m);
    }
}
