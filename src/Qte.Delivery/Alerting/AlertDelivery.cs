namespace Qte.Delivery.Alerting;

/// <summary>How one channel's delivery of an alert went: delivered, skipped as already sent, or failed after every attempt with each error.</summary>
public sealed record AlertDelivery(string Channel, bool Delivered, bool Duplicate, int Attempts, IReadOnlyList<string> Errors);
