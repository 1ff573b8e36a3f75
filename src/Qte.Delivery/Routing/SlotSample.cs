namespace Qte.Delivery.Routing;

/// <summary>One answer a slot gave through the router: sequence number, end time (Unix ms), duration (ms), status code.</summary>
public sealed record SlotSample(long Seq, long At, double Ms, int Status)
{
    public bool IsError => Status >= 500;
}
