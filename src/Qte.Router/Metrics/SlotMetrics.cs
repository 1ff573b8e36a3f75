using System.Collections.Concurrent;
using HdrHistogram;
using Prometheus;

namespace Qte.Router.Metrics;

/// <summary>
/// What each slot answered, as Prometheus metrics (requests by status class, a latency histogram) for scraping,
/// as counts and percentiles for the admin API's stats, and as a log of samples, which the canary analysis reads.
/// </summary>
public sealed class SlotMetrics
{
    private static readonly Counter Requests = Prometheus.Metrics.CreateCounter(
        "qte_router_requests_total", "Requests the router forwarded, by slot and status class.", "slot", "status_class");

    private static readonly Histogram Duration = Prometheus.Metrics.CreateHistogram(
        "qte_router_request_duration_seconds", "Time from the router taking a request to the slot's answer, by slot.",
        new HistogramConfiguration { LabelNames = ["slot"], Buckets = Histogram.ExponentialBuckets(0.001, 2, 14) });

    private readonly ConcurrentDictionary<string, SlotCounters> _slots = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SampleLog> _samples = new(StringComparer.Ordinal);

    /// <summary>Names this router's lifetime: samples and counts start again when it changes (a restarted router).</summary>
    public string Instance { get; } = Guid.NewGuid().ToString("n");

    public void Record(string slot, int statusCode, TimeSpan elapsed)
    {
        var statusClass = $"{statusCode / 100}xx";
        Requests.WithLabels(slot, statusClass).Inc();
        Duration.WithLabels(slot).Observe(elapsed.TotalSeconds);
        _slots.GetOrAdd(slot, _ => new SlotCounters()).Record(statusClass, elapsed);
        _samples.GetOrAdd(slot, _ => new SampleLog()).Add(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), elapsed.TotalMilliseconds, statusCode);
    }

    /// <summary>The slot's sample log (empty for a slot that has answered nothing yet).</summary>
    public SampleLog Samples(string slot) => _samples.GetOrAdd(slot, _ => new SampleLog());

    public SlotStats Stats(string slot) =>
        _slots.TryGetValue(slot, out var counters) ? counters.Snapshot(slot) : SlotStats.None(slot);

    private sealed class SlotCounters
    {
        private readonly LongConcurrentHistogram _latencyMicroseconds = new(1, 60_000_000, 3);
        private readonly ConcurrentDictionary<string, long> _byClass = new(StringComparer.Ordinal);

        public void Record(string statusClass, TimeSpan elapsed)
        {
            _byClass.AddOrUpdate(statusClass, 1, (_, n) => n + 1);
            _latencyMicroseconds.RecordValue(Math.Clamp((long)(elapsed.TotalMilliseconds * 1000), 1, 60_000_000));
        }

        public SlotStats Snapshot(string slot)
        {
            var byClass = _byClass.ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
            var total = byClass.Values.Sum();
            return new SlotStats(
                slot,
                total,
                byClass,
                total == 0 ? 0 : (double)byClass.GetValueOrDefault("5xx") / total,
                Percentile(50),
                Percentile(95),
                Percentile(99));
        }

        private double Percentile(double percentile) =>
            _latencyMicroseconds.TotalCount == 0 ? 0 : _latencyMicroseconds.GetValueAtPercentile(percentile) / 1000.0;
    }
}
