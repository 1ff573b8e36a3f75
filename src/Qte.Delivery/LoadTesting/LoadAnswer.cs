namespace Qte.Delivery.LoadTesting;

/// <summary>An answer the engine read: its status, the body's length, and the headers the delivery reads (the slot that answered, the experiments shown).</summary>
public sealed record LoadAnswer(int Status, long BodyBytes, string? Slot, string? Experiments)
{
    /// <summary>A status of 400 and above, as k6's http_req_failed counts it.</summary>
    public bool Failed => Status >= 400;
}
