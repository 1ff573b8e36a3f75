using Qte.Delivery.Environments;
using Qte.Delivery.Slots;

namespace Qte.Delivery.Deployment;

/// <summary>What a pipeline killed mid-deploy leaves behind, put right before the next deployment.</summary>
internal static class InterruptedRun
{
    /// <summary>Stops a slot that never became live and drops slots whose process died; a deployment left in progress is recorded as failed.</summary>
    public static EnvironmentState CleanUp(EnvironmentState state, ISlotRunner runner, Action<string> log)
    {
        foreach (var (name, slot) in state.Slots)
        {
            if (name != state.LiveSlot || !runner.IsRunning(slot))
            {
                runner.Stop(slot, TimeSpan.Zero);
                state = state.WithSlot(name, null);
                log(name == state.LiveSlot
                    ? $"Slot {name} (release {slot.ReleaseId}) is no longer running; it is dropped."
                    : $"Slot {name} (release {slot.ReleaseId}) was left by an interrupted run; it is stopped.");
            }
        }

        if (state.LiveSlot is { } live && !state.Slots.ContainsKey(live))
        {
            state = state with { LiveSlot = null };
        }

        return state with
        {
            History = state.History.Select(h => h.Outcome == DeploymentOutcome.InProgress
                ? h with { Outcome = DeploymentOutcome.Failed, Finished = DateTimeOffset.UtcNow, Reason = "the pipeline was interrupted" }
                : h).ToList(),
        };
    }
}
