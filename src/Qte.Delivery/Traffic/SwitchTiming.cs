namespace Qte.Delivery.Traffic;

/// <summary>
/// How long after a switch requests still reached the old slot: the last request sent after the switch call returned
/// that the old slot answered, in seconds after that moment (0 when every later request reached the new slot).
/// </summary>
public static class SwitchTiming
{
    public static double SecondsUntilAllNew(IReadOnlyList<TrafficRecord> records, double switchedAt, string oldSlot, string newSlot)
    {
        ArgumentNullException.ThrowIfNull(records);
        var late = records.Where(r => r.SentSeconds >= switchedAt && r.Slot == oldSlot).Select(r => r.SentSeconds - switchedAt).DefaultIfEmpty(0).Max();
        return records.Any(r => r.SentSeconds >= switchedAt && r.Slot == newSlot) ? late : double.NaN;
    }
}
