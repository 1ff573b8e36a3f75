namespace Qte.Service.Orders;

public static class OrderEndpoints
{
    public static void MapOrders(this WebApplication app) =>
        app.MapPost("/api/orders", (OrderRequest? order) =>
        {
            var errors = OrderValidator.Validate(order);
            if (errors.Count > 0)
            {
                return Results.ValidationProblem(errors);
            }

            var accepted = new Order(Guid.NewGuid().ToString("n"), order!.Symbol!.ToUpperInvariant(), order.Side!, order.Quantity!.Value, order.LimitPrice, "accepted");
            return Results.Created($"/api/orders/{accepted.Id}", accepted);
        });
}
