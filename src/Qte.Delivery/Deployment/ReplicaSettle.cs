using System.Diagnostics;
using System.Globalization;

namespace Qte.Delivery.Deployment;

/// <summary>
/// Waits until fresh replicas are idle before a canary's first window: each replica's own CPU time
/// (<c>process_cpu_seconds_total</c> on its <c>/metrics</c>) must grow by less than <see cref="IdleShare"/> of a core
/// over one interval, while no user reaches it yet. A fresh service keeps compiling and tiering up after its warm-up
/// (on the local swarm, 15 % to 50 % of a core each for about 15 s after the start, measured with pidstat), and a
/// step judged meanwhile compares start-up work, not releases: an A/A canary's step 1 read p50 33.3 against 8.7 ms.
/// </summary>
internal static class ReplicaSettle
{
    /// <summary>The share of a core below which a replica counts as idle.</summary>
    public const double IdleShare = 0.05;

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    /// <returns>How long it took, and whether every replica was idle by then (false: the limit passed first).</returns>
    public static async Task<(TimeSpan Took, bool Settled)> WaitAsync(HttpClient http, IReadOnlyList<string> replicas, TimeSpan limit)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(replicas);
        var clock = Stopwatch.StartNew();
        var before = await CpuSecondsAsync(http, replicas);
        while (true)
        {
            var start = clock.Elapsed;
            await Task.Delay(Interval);
            var now = await CpuSecondsAsync(http, replicas);
            var seconds = (clock.Elapsed - start).TotalSeconds;
            // A replica whose metrics could not be read is not known to be idle.
            if (now.Zip(before).All(p => p.First is { } n && p.Second is { } b && (n - b) / seconds < IdleShare))
            {
                return (clock.Elapsed, true);
            }

            if (clock.Elapsed >= limit)
            {
                return (clock.Elapsed, false);
            }

            before = now;
        }
    }

    private static Task<double?[]> CpuSecondsAsync(HttpClient http, IReadOnlyList<string> replicas) =>
        Task.WhenAll(replicas.Select(async replica =>
        {
            try
            {
                var text = await http.GetStringAsync($"{replica}/metrics");
                return CpuSeconds(text);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                return null;
            }
        }));

    /// <summary>The process's CPU seconds in a Prometheus text exposition; null when it has none.</summary>
    public static double? CpuSeconds(string metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        foreach (var line in metrics.Split('\n'))
        {
            if (line.StartsWith("process_cpu_seconds_total ", StringComparison.Ordinal)
                && double.TryParse(line.AsSpan("process_cpu_seconds_total ".Length).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            {
                return seconds;
            }
        }

        return null;
    }
}
