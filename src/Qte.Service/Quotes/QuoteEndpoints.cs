using Qte.Service.ExperimentAssignment;
using System.Text.RegularExpressions;

namespace Qte.Service.Quotes;

public static partial class QuoteEndpoints
{
    public static void MapQuotes(this WebApplication app) =>
        app.MapGet("/api/quotes/{symbol}", (string symbol, HttpContext context) => SymbolPattern().IsMatch(symbol)
            ? Results.Ok(QuotePricer.Price(symbol.ToUpperInvariant()) with { Experiments = ExperimentMiddleware.Assignments(context) })
            : Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["symbol"] = [$"'{symbol}' is not a symbol: 1 to 5 letters, e.g. MSFT."],
            }));

    [GeneratedRegex("^[A-Za-z]{1,5}$", RegexOptions.CultureInvariant)]
    internal static partial Regex SymbolPattern();
}
