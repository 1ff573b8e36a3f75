using System.Net.Http;
using Qte.Delivery.Environments;
using Qte.Delivery.Releases;
using Qte.Delivery.Routing;
using Qte.Delivery.Slots;

namespace Qte.Delivery.Deployment;

/// <summary>
/// Whether an environment already serves a release: the live release's content has the same SHA-256, it was deployed
/// under the same effective config, and it answers now (its slot runs, the router is live, /health through the
/// router is 200). Then there is nothing to deploy: a canary of a release against itself proves nothing.
/// </summary>
public sealed class UnchangedRelease(ReleaseStore releases, ISlotRunner runner, RouterProcess router)
{
    /// <returns>Why the release already serves, or null when it must be deployed.</returns>
    public async Task<string?> CheckAsync(EnvironmentState state, Release release, string configIdentity, string publicUrl)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(release);
        if (state.Live is not { } live || state.Router is not { } routerState)
        {
            return null;
        }

        var deployed = state.History.LastOrDefault(h => h.Outcome == DeploymentOutcome.Succeeded && h.ReleaseId == live.ReleaseId);
        if (deployed?.Config != configIdentity || Content(live.ReleaseId) != release.Manifest.ContentSha256 || !runner.IsRunning(live))
        {
            return null;
        }

        using var client = router.Client(routerState);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        try
        {
            if (!await client.IsLiveAsync() || !(await http.GetAsync(new Uri($"{publicUrl}/health"))).IsSuccessStatusCode)
            {
                return null;
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return null;
        }

        return $"release {release.Id} is byte-identical (SHA-256 {release.Manifest.ContentSha256[..12]}…) to release {live.ReleaseId}, which serves from slot {state.LiveSlot} under the same effective config and answers /health";
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
