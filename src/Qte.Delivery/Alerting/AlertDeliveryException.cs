namespace Qte.Delivery.Alerting;

/// <summary>A channel could not deliver an alert; the message says why and holds no secret.</summary>
public sealed class AlertDeliveryException(string message, Exception? inner = null) : Exception(message, inner);
