using System.Diagnostics;
using Newtonsoft.Json.Linq;
using Qte.Delivery.Canary;
using Qte.Delivery.Environments;
using Qte.Delivery.Routing;

namespace Qte.Delivery.Deployment;

/// <summary>
/// Ends a rollout that failed. Before the release took traffic it is refused: stopped, and what served before still
/// serves. After, the traffic goes back to the previous release at once (an automatic rollback), timed from the failed
/// check to the previous release serving again.
/// </summary>
internal sealed class SlotRollback(RolloutContext context)
{
    private static readonly TimeSpan ConfirmTimeout = TimeSpan.FromSeconds(10);

    public DeploymentResult Refuse(Rollout rollout, CheckResult failed)
    {
        context.Runner.Stop(rollout.Slot, TimeSpan.Zero);
        Record(rollout, DeploymentOutcome.Failed, $"{failed.Name}: {failed.Detail}", null);
        return context.Result(rollout, DeploymentOutcome.Failed, failed, null);
    }

    public async Task<DeploymentResult> RollBackAsync(Rollout rollout, CheckResult failed)
    {
        var (target, slot, liveSlot, previous) = (rollout.Target, rollout.Slot, rollout.LiveSlot, rollout.Previous);
        var clock = Stopwatch.StartNew();
        double? restore = null;
        if (previous is not null)
        {
            await context.Client.PutRoutesAsync(Routes.AllTo(liveSlot!, previous, new Dictionary<string, SlotState> { [target] = slot }));
            restore = await ConfirmServingAsync(rollout.Http, previous.ReleaseId, clock);
            await context.Client.PutRoutesAsync(Routes.AllTo(liveSlot!, previous));
            context.Log($"Rolled back: {previous.ReleaseId} serves again, {restore:0.000} s after the failed {failed.Name}");
        }
        else
        {
            await context.Client.PutRoutesAsync(new Routes(new Dictionary<string, string>(), new Dictionary<string, int>()));
            context.Log("Rolled back: there was no previous release; the environment serves nothing.");
        }

        context.Runner.Stop(slot, context.Settings.Drain);
        Record(rollout, DeploymentOutcome.RolledBack, $"{failed.Name}: {failed.Detail}", restore);
        return context.Result(rollout, DeploymentOutcome.RolledBack, failed, restore);
    }

    /// <summary>Writes the rollout's end to the state: its slot gone, its record finished with the outcome and why.</summary>
    public void Record(Rollout rollout, DeploymentOutcome outcome, string reason, double? restore)
    {
        context.Store.Save(context.Store.Load().WithSlot(rollout.Target, null).WithRecord(rollout.Record with
        {
            Finished = DateTimeOffset.UtcNow,
            Outcome = outcome,
            Reason = reason,
            RestoreSeconds = restore,
        }));
    }

    public DeploymentResult Aborted(Rollout rollout, CheckResult failed, double restore, CanaryReport canary)
    {
        Record(rollout, DeploymentOutcome.RolledBack, $"{failed.Name}: {failed.Detail}", restore);
        return context.Result(rollout, DeploymentOutcome.RolledBack, failed, restore, canary);
    }

    // The time to restore service: until a request through the router is answered by the previous release.
    private async Task<double?> ConfirmServingAsync(HttpClient http, string releaseId, Stopwatch clock)
    {
        while (clock.Elapsed < ConfirmTimeout)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"{context.PublicUrl}/version");
                request.Headers.Add("X-User-Id", ReleaseChecks.SmokeUser);
                using var response = await http.SendAsync(request);
                if (response.IsSuccessStatusCode && (string?)JObject.Parse(await response.Content.ReadAsStringAsync())["releaseId"] == releaseId)
                {
                    return clock.Elapsed.TotalSeconds;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or Newtonsoft.Json.JsonException)
            {
                // Not yet; try again.
            }

            await Task.Delay(5);
        }

        return null;
    }
}
