namespace Qte.Delivery.Traffic;

/// <summary>One generated request: when it was sent and answered (seconds since the run began), its status (0: no answer) and the slot that answered.</summary>
public sealed record TrafficRecord(double SentSeconds, double AnsweredSeconds, int Status, string? Slot)
{
    public bool Failed => Status is 0 or >= 500;
}
