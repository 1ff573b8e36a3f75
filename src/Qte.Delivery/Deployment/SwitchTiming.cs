namespace Qte.Delivery.Deployment;

/// <summary>
/// How long after a switch requests still reached the old slot: the last request due after the switch call returned
/// and answered before <c>until</c> (the next switch's start) that the old slot answered, in seconds after that moment;
/// 0 when every such request reached the new slot, NaN when none did. A request is timed by when it was due (the open
/// model's clock) but is routed when it is actually sent, which a backlog delays: one due before the next switch and
/// sent after it may reach the slot that switch moved to, which is the old one here, so only answers before the next
/// switch count (a swarm run counted such a request as 44 s late).
/// </summary>
public static class SwitchTiming
{
    public static double SecondsUntilAllNew(IReadOnlyList<LoadTesting.LoadRecord> records, double switchedAt, double until, string oldSlot, string newSlot)
    {
        ArgumentNullException.ThrowIfNull(records);
        var window = records.Where(r => r.SentSeconds >= switchedAt && r.AnsweredSeconds < until).ToList();
        var late = window.Where(r => r.Slot == oldSlot).Select(r => r.SentSeconds - switchedAt).DefaultIfEmpty(0).Max();
        return window.Any(r => r.Slot == newSlot) ? late : double.NaN;
    }
}
