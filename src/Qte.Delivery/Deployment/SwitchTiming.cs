namespace Qte.Delivery.Deployment;

/// <summary>
/// How long after a switch requests still reached the old slot: the last request sent after the switch call returned
/// (and before <c>until</c>, the next switch) that the old slot answered, in seconds after that moment; 0 when every
/// later request reached the new slot, NaN when none did.
/// </summary>
public static class SwitchTiming
{
    public static double SecondsUntilAllNew(IReadOnlyList<LoadTesting.LoadRecord> records, double switchedAt, double until, string oldSlot, string newSlot)
    {
        ArgumentNullException.ThrowIfNull(records);
        var window = records.Where(r => r.SentSeconds >= switchedAt && r.SentSeconds < until).ToList();
        var late = window.Where(r => r.Slot == oldSlot).Select(r => r.SentSeconds - switchedAt).DefaultIfEmpty(0).Max();
        return window.Any(r => r.Slot == newSlot) ? late : double.NaN;
    }
}
