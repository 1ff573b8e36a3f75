namespace Qte.Delivery;

/// <summary>
/// A delivery step could not be done; the message says which, why, and what still serves.
/// </summary>
public sealed class DeliveryException(string message, Exception? inner = null) : Exception(message, inner);
