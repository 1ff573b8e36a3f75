namespace Qte.Delivery.Environments;

public enum SlotStatus
{
    /// <summary>Started, not yet proven ready: a pipeline killed here leaves this behind to be cleaned up.</summary>
    Starting,

    /// <summary>Ready, taking its share of traffic.</summary>
    Serving,
}
