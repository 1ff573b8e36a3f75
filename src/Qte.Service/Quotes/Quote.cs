namespace Qte.Service.Quotes;

public sealed record Quote(string Symbol, decimal Bid, decimal Ask);
