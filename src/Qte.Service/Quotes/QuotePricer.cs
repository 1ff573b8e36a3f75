using System.Text;

namespace Qte.Service.Quotes;

/// <summary>
/// Deterministic quotes: the same symbol always gets the same price, so that tests and load runs can check answers.
/// </summary>
public static class QuotePricer
{
    public static Quote Price(string symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);

        // FNV-1a: stable across processes and runtimes, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var b in Encoding.ASCII.GetBytes(symbol))
        {
            hash = (hash ^ b) * 16777619u;
        }

        var mid = 10m + (hash % 99_000) / 100m;
        return new Quote(symbol, Bid: mid - 0.01m, Ask: mid + 0.01m);
    }
}
