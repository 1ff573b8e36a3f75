namespace Qte.Delivery.Environments;

/// <summary>
/// state.json: the router, the slots and the release in each, which slot is live, and the deployment history.
/// </summary>
public sealed record EnvironmentState
{
    public RouterState? Router { get; init; }

    public IReadOnlyDictionary<string, SlotState> Slots { get; init; } = new Dictionary<string, SlotState>();

    /// <summary>The slot that takes all traffic when no deployment is under way; null before the first deployment.</summary>
    public string? LiveSlot { get; init; }

    public IReadOnlyList<DeploymentRecord> History { get; init; } = [];

    public SlotState? Live => LiveSlot is { } slot ? Slots.GetValueOrDefault(slot) : null;

    public EnvironmentState WithSlot(string slot, SlotState? state)
    {
        var slots = new Dictionary<string, SlotState>(Slots);
        if (state is null)
        {
            slots.Remove(slot);
        }
        else
        {
            slots[slot] = state;
        }

        return this with { Slots = slots };
    }

    /// <summary>Adds the record, or replaces the one of the same deployment (same release and start); keeps the last <paramref name="keep"/>.</summary>
    public EnvironmentState WithRecord(DeploymentRecord record, int keep = 50)
    {
        List<DeploymentRecord> history = [.. History.Where(h => !(h.Started == record.Started && h.ReleaseId == record.ReleaseId)), record];
        return this with { History = history.TakeLast(keep).ToList() };
    }
}
