namespace Qte.Service.Orders;

/// <summary>An order as clients post it; every field is checked by <see cref="OrderValidator"/>.</summary>
public sealed record OrderRequest(string? Symbol, string? Side, int? Quantity, decimal? LimitPrice);
