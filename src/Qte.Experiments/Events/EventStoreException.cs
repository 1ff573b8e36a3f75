namespace Qte.Experiments.Events;

/// <summary>The events database is missing, locked or corrupt; the message names the file. Nothing was deleted.</summary>
public sealed class EventStoreException(string message, Exception? inner = null) : Exception(message, inner);
