using Newtonsoft.Json.Linq;
using Qte.Delivery.Releases;
using Qte.Delivery.LoadTesting;

namespace Qte.Delivery.Deployment;

/// <summary>
/// Stage 3-v4's rollback drill: a faulty build of the serving release is deployed over it while traffic flows through
/// the router. The health watch must catch it and the deployer give the traffic back on its own; the drill measures
/// the restore time and the failed requests, then keeps sending for <see cref="AfterSwitchBack"/> to show that the
/// good release serves every request again.
/// </summary>
public sealed class RollbackDrill(Deployer faulty, TrafficSettings traffic)
{
    public static readonly TimeSpan AfterSwitchBack = TimeSpan.FromSeconds(1);

    /// <param name="goodSlot">The slot that serves the release now: it must serve it again after the drill.</param>
    public async Task<RollbackDrillResult> RunAsync(Release release, string goodSlot)
    {
        ArgumentNullException.ThrowIfNull(release);
        DeploymentResult result;
        double switchedBack;
        LoadResult load;
        await using (var generator = LoadEngine.Start(faulty.PublicUrl, traffic.ToLoadTest(), traffic.Mix(), keepRecords: true))
        {
            result = await faulty.DeployAsync(release, "rollback drill: a faulty build");
            switchedBack = generator.Elapsed.TotalSeconds;
            await Task.Delay(AfterSwitchBack);
            load = await generator.StopAsync();
        }

        var records = load.Records;
        var after = records.Where(r => r.SentSeconds >= switchedBack).ToList();
        var serving = await ServingAsync();
        return new RollbackDrillResult(
            release.Id,
            result.Outcome,
            result.FailedCheck,
            result.RestoreSeconds,
            records.Count,
            records.Count(r => r.Failed),
            after.Count,
            after.Count(r => r.Failed),
            (string?)serving?["releaseId"],
            (string?)serving?["slot"],
            goodSlot);
    }

    private async Task<JObject?> ServingAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            return JObject.Parse(await http.GetStringAsync(new Uri($"{faulty.PublicUrl}/version")));
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }
}
