using Qte.Delivery.Environments;
using Qte.Delivery.Releases;
using Qte.Delivery.Routing;
using Qte.Delivery.Slots;

namespace Qte.Delivery.Deployment;

/// <summary>
/// Whether an environment already serves a release: the live release's content has the same SHA-256, it was deployed
/// under the same effective config, and it answers now (its slot runs, the router is live, /health/ready through the
/// router is 200). Then there is nothing to deploy: a canary of a release against itself proves nothing.
/// </summary>
public sealed class UnchangedRelease(ReleaseStore releases, ISlotRunner runner, RouterProcess router)
{
    /// <returns>Whether the release already serves, and why or why not, in words for the log.</returns>
    public async Task<(bool Unchanged, string Why)> CheckAsync(EnvironmentState state, Release release, string configIdentity, string publicUrl)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(release);
        if (state.Live is not { } live || state.Router is not { } routerState)
        {
            return (false, "nothing serves yet");
        }

        var deployed = state.History.LastOrDefault(h => h.Outcome == DeploymentOutcome.Succeeded && h.ReleaseId == live.ReleaseId);
        if (deployed?.Config != configIdentity)
        {
            return (false, $"the effective config differs from the one release {live.ReleaseId} was deployed under");
        }

        if (Content(live.ReleaseId) != release.Manifest.ContentSha256)
        {
            return (false, $"its content differs from release {live.ReleaseId}'s, which serves");
        }

        if (!runner.IsRunning(live))
        {
            return (false, $"release {live.ReleaseId}'s slot {state.LiveSlot} no longer runs");
        }

        using var client = router.Client(routerState);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        try
        {
            if (!await client.IsLiveAsync() || !(await http.GetAsync(new Uri($"{publicUrl}/health/ready"))).IsSuccessStatusCode)
            {
                return (false, $"the router or release {live.ReleaseId} does not answer");
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return (false, $"the router or release {live.ReleaseId} does not answer ({ex.Message})");
        }

        return (true, $"release {release.Id} is byte-identical (SHA-256 {release.Manifest.ContentSha256[..12]}…) to release {live.ReleaseId}, which serves from slot {state.LiveSlot} under the same effective config and answers /health/ready");
    }

    private string? Content(string releaseId)
    {
        try
        {
            return releases.Open(releaseId).Manifest.ContentSha256;
        }
        catch (DeliveryException)
        {
            return null;
        }
    }
}
