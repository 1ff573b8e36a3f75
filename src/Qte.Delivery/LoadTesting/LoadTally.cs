using System.Collections.Concurrent;
using System.Diagnostics;

namespace Qte.Delivery.LoadTesting;

/// <summary>One phase of a load run: its clock and bounds, and what it counted (in total, per second, per slot, and each request when kept).</summary>
internal sealed class LoadTally(TimeSpan duration, long maxRequests, bool keepRecords)
{
    private readonly ConcurrentDictionary<int, (LatencyHistogram Latency, long[] Counts)> _seconds = new();
    private readonly ConcurrentDictionary<string, long> _bySlot = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<LoadRecord> _records = new();
    private long _requests, _failed, _bytes;

    public Stopwatch Clock { get; } = Stopwatch.StartNew();

    public TimeSpan Duration { get; } = duration;

    public long MaxRequests { get; } = maxRequests;

    public LatencyHistogram Latency { get; } = new();

    public long Requests => Interlocked.Read(ref _requests);

    public long Failed => Interlocked.Read(ref _failed);

    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>Counts a request due at <paramref name="due"/>; a null answer is a failure left out of the latency.</summary>
    public void Record(TimeSpan due, LoadAnswer? answer)
    {
        var now = Clock.Elapsed;
        var failed = answer is null || answer.Failed;
        Interlocked.Increment(ref _requests);
        Interlocked.Add(ref _bytes, answer?.BodyBytes ?? 0);
        var second = _seconds.GetOrAdd((int)due.TotalSeconds, _ => (new LatencyHistogram(), new long[2]));
        Interlocked.Increment(ref second.Counts[0]);
        if (failed)
        {
            Interlocked.Increment(ref _failed);
            Interlocked.Increment(ref second.Counts[1]);
        }

        if (answer is not null)
        {
            Latency.Record(now - due);
            second.Latency.Record(now - due);
            if (answer.Slot is { } slot)
            {
                _bySlot.AddOrUpdate(slot, 1, (_, n) => n + 1);
            }
        }

        if (keepRecords)
        {
            _records.Enqueue(new LoadRecord(due.TotalSeconds, now.TotalSeconds, answer?.Status ?? 0, answer?.Slot));
        }
    }

    public IReadOnlyDictionary<string, long> BySlot() => _bySlot.ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);

    public IReadOnlyList<LoadRecord> Records() => [.. _records.OrderBy(r => r.SentSeconds)];

    public IReadOnlyList<LatencyInterval> IntervalFigures() =>
    [
        .. _seconds.OrderBy(s => s.Key).Select(s => new LatencyInterval(
            s.Key,
            s.Value.Counts[0],
            s.Value.Counts[1],
            s.Value.Latency.PercentileMs(50),
            s.Value.Latency.PercentileMs(90),
            s.Value.Latency.PercentileMs(99),
            s.Value.Latency.MaxMs)),
    ];
}
