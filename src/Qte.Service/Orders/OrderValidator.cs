using Qte.Service.Quotes;

namespace Qte.Service.Orders;

/// <summary>Checks an order; each problem is named by its field, for a 400 with problem details.</summary>
public static class OrderValidator
{
    public const int MaxQuantity = 1_000_000;

    public static Dictionary<string, string[]> Validate(OrderRequest? order)
    {
        var errors = new Dictionary<string, string[]>();
        if (order is null)
        {
            errors["body"] = ["The body must be a JSON order: { \"symbol\", \"side\", \"quantity\", \"limitPrice\" }."];
            return errors;
        }

        if (order.Symbol is null || !QuoteEndpoints.SymbolPattern().IsMatch(order.Symbol))
        {
            errors["symbol"] = ["Required: 1 to 5 letters, e.g. MSFT."];
        }

        if (order.Side is not ("buy" or "sell"))
        {
            errors["side"] = ["Required: buy or sell."];
        }

        if (order.Quantity is not (> 0 and <= MaxQuantity))
        {
            errors["quantity"] = [$"Required: a whole number from 1 to {MaxQuantity}."];
        }

        if (order.LimitPrice is <= 0)
        {
            errors["limitPrice"] = ["When given: a price greater than 0."];
        }

        return errors;
    }
}
