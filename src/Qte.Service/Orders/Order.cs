namespace Qte.Service.Orders;

public sealed record Order(string Id, string Symbol, string Side, int Quantity, decimal? LimitPrice, string Status);
