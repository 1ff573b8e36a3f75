namespace Qte.Delivery.LoadTesting;

/// <summary>One request of a run that keeps them: when it was due and answered (seconds since the run began), its status (0: no answer) and the slot that answered.</summary>
public sealed record LoadRecord(double SentSeconds, double AnsweredSeconds, int Status, string? Slot)
{
    public bool Failed => Status is 0 or >= 400;
}
