using System.Diagnostics;
using Newtonsoft.Json.Linq;
using Qte.Delivery.Environments;
using Qte.Experiments.Definitions;
using Qte.Primitives.IO;

namespace Qte.Delivery.AbTesting;

/// <summary>
/// Publishes an experiment file to an environment (an atomic copy into its experiments folder, which its services
/// reread while running) and waits until the live release serves that revision.
/// </summary>
/// <param name="replicas">
/// The live slot's addresses, each asked itself: through the router each poll may reach another replica, and every one
/// must serve the revision and settle its events. Empty: the public URL is asked.
/// </param>
public sealed class ExperimentPublisher(EnvironmentPaths paths, string publicUrl, IReadOnlyList<string> replicas, HttpClient http)
{
    private readonly IReadOnlyList<string> _statusUrls = replicas is { Count: > 0 } ? replicas : [publicUrl];

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    /// <exception cref="DeliveryException">The live release did not take the revision within the timeout.</exception>
    public async Task PublishAsync(string sourceFile, ExperimentDefinition experiment, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        Directory.CreateDirectory(paths.Experiments);
        var target = paths.ExperimentFile(experiment.Key);
        AtomicFile.Copy(sourceFile, target);

        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            var statuses = await Task.WhenAll(_statusUrls.Select(StatusAsync));
            if (statuses.All(status => status?["experiments"] is JArray live
                && live.Any(e => (string?)e["key"] == experiment.Key && (string?)e["revision"] == experiment.Revision)))
            {
                return;
            }

            await Task.Delay(Poll);
        }

        throw new DeliveryException($"experiment {experiment.Key}: published to {target}, but the release behind {publicUrl} did not serve revision {experiment.Revision} within {timeout.TotalSeconds:0} s. Is the release older than stage 4-v3 (no /experiments)?");
    }

    /// <summary>Waits until the live release has written every event it queued: nothing pending, the count steady.</summary>
    /// <returns>The events it had recorded, or null when it never settled within the timeout.</returns>
    public async Task<long?> WaitForEventsAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        long?[] previous = new long?[_statusUrls.Count];
        while (clock.Elapsed < timeout)
        {
            var statuses = await Task.WhenAll(_statusUrls.Select(StatusAsync));
            var recorded = statuses.Select(status => status?["events"] is JObject events && (int?)events["pending"] == 0 ? (long?)events["recorded"] ?? 0 : (long?)null).ToArray();
            if (recorded.Zip(previous).All(pair => pair.First is not null && pair.First == pair.Second))
            {
                return recorded.Sum();
            }

            previous = recorded;
            await Task.Delay(Poll);
        }

        return null;
    }

    private async Task<JObject?> StatusAsync(string baseUrl)
    {
        try
        {
            using var response = await http.GetAsync(new Uri(new Uri(baseUrl), "/experiments"));
            return response.IsSuccessStatusCode ? JObject.Parse(await response.Content.ReadAsStringAsync()) : null;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or Newtonsoft.Json.JsonReaderException)
        {
            return null;
        }
    }
}
