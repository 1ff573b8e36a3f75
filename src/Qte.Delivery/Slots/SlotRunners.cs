using Qte.Delivery.Environments;
using Qte.Delivery.Releases;

namespace Qte.Delivery.Slots;

/// <summary>
/// New slots start on the deploy target's runner; every slot is checked and stopped by the runner that started it,
/// so an environment moves between processes, containers and Swarm services one deploy at a time (a blue-green
/// switch from a process release to a container release stops the process afterwards).
/// </summary>
public sealed class SlotRunners(ISlotRunner target, ISlotRunner processes, ISlotRunner containers, ISlotRunner services) : ISlotRunner
{
    public SlotState Start(Release release, string slot, int port, IReadOnlyDictionary<string, string> environment, string logDirectory) =>
        target.Start(release, slot, port, environment, logDirectory);

    public bool IsRunning(SlotState slot) => RunnerOf(slot).IsRunning(slot);

    public void Stop(SlotState slot, TimeSpan drain) => RunnerOf(slot).Stop(slot, drain);

    public SlotState Refresh(SlotState slot) => RunnerOf(slot).Refresh(slot);

    public Task<SlotState> UpdateAsync(SlotState slot, int replicas, bool restart, Func<SlotState, Task> replicasChanged) =>
        RunnerOf(slot).UpdateAsync(slot, replicas, restart, replicasChanged);

    private ISlotRunner RunnerOf(SlotState slot) => slot?.Service is not null ? services : slot?.Container is null ? processes : containers;
}
