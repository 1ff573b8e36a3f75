using System.Collections.Concurrent;
using System.Diagnostics;

namespace Qte.Delivery.LoadTesting;

/// <summary>
/// Sends one request path to a loopback address over N keep-alive connections, each on a thread of its own, under an open model (a constant
/// arrival rate; each latency counted from the request's intended send time, so a stalled server is charged for the
/// requests it kept waiting, as wrk2 corrects coordinated omission) or a closed one (each connection sending when its
/// answer came, as wrk).
/// </summary>
public sealed class LoadEngine
{
    private readonly Uri _target;
    private readonly LoadTestSettings _settings;

    private LoadEngine(Uri target, LoadTestSettings settings)
    {
        _target = target;
        _settings = settings;
    }

    /// <exception cref="DeliveryException">The address is not on the loopback interface, or a bound is not positive.</exception>
    public static Task<LoadResult> RunAsync(string baseUrl, LoadTestSettings settings, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var address) || !address.IsLoopback)
        {
            throw new DeliveryException($"load test: '{baseUrl}' is not allowed. Allowed: an address on the loopback interface; the engine sends nothing anywhere else.");
        }

        if (settings.RatePerSecond <= 0 || settings.Connections <= 0 || settings.Duration <= TimeSpan.Zero || settings.MaxRequests <= 0)
        {
            throw new DeliveryException("load test: the rate, the connections, the duration and the request bound must be greater than 0.");
        }

        return new LoadEngine(new Uri(address, settings.Path), settings).RunAsync(cancellation);
    }

    private async Task<LoadResult> RunAsync(CancellationToken cancellation)
    {
        var connections = Enumerable.Range(0, _settings.Connections).Select(_ => new HttpConnection(_target, _settings.RequestTimeout)).ToList();
        try
        {
            if (_settings.WarmUp > TimeSpan.Zero)
            {
                await PhaseAsync(connections, new Run(_settings.WarmUp, long.MaxValue), cancellation);
            }

            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var run = new Run(_settings.Duration, _settings.MaxRequests);
            await PhaseAsync(connections, run, cancellation);
            var elapsed = run.Clock.Elapsed;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            return new LoadResult(_settings, elapsed, run.Requests, run.Failed, run.Bytes, run.Latency, run.IntervalFigures(), cpu);
        }
        finally
        {
            connections.ForEach(c => c.Dispose());
        }
    }

    private Task PhaseAsync(List<HttpConnection> connections, Run run, CancellationToken cancellation) =>
        _settings.Model == LoadModel.Open ? OpenAsync(connections, run, cancellation) : ClosedAsync(connections, run, cancellation);

    // The schedule puts each request's due time in a queue; the connections take them in turn, as wrk2's do. A
    // request waiting for a free connection is already late, and its latency says so.
    private async Task OpenAsync(List<HttpConnection> connections, Run run, CancellationToken cancellation)
    {
        var due = new DueQueue();
        var workers = connections.Select(connection => OnOwnThread(() =>
        {
            while (due.TryTake(out var at))
            {
                Send(connection, run, at);
            }
        })).ToList();

        // Due times in whole ticks from the start, not a rounded interval added up: 1,100 requests/s for 5 s is 5,500.
        TimeSpan DueAt(long n) => TimeSpan.FromTicks((long)Math.Round(n * TimeSpan.TicksPerSecond / _settings.RatePerSecond));
        long next = 0;
        while (next < run.MaxRequests && DueAt(next) < run.Duration && !cancellation.IsCancellationRequested)
        {
            // The timer's grain is about a millisecond: a shorter wait sleeps that long rather than spinning a core, and
            // the requests due meanwhile are queued together, each with its own due time.
            var wait = DueAt(next) - run.Clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : wait, CancellationToken.None);
            }

            while (next < run.MaxRequests && DueAt(next) <= run.Clock.Elapsed && DueAt(next) < run.Duration)
            {
                due.Add(DueAt(next));
                next++;
            }
        }

        due.Complete();
        await Task.WhenAll(workers);
    }

    private Task ClosedAsync(List<HttpConnection> connections, Run run, CancellationToken cancellation)
    {
        long started = 0;
        return Task.WhenAll(connections.Select(connection => OnOwnThread(() =>
        {
            while (!cancellation.IsCancellationRequested && run.Clock.Elapsed < run.Duration && Interlocked.Increment(ref started) <= run.MaxRequests)
            {
                Send(connection, run, run.Clock.Elapsed);
            }
        })));
    }

    private static Task OnOwnThread(Action work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void Send(HttpConnection connection, Run run, TimeSpan due)
    {
        // A request already later than the timeout when its turn comes fails unsent: a stalled server cannot make the
        // test run on past its duration by more than one timeout.
        if (run.Clock.Elapsed - due > _settings.RequestTimeout)
        {
            run.Record(due, TimeSpan.Zero, answered: false, failed: true, 0);
            return;
        }

        try
        {
            var (status, bytes) = connection.Send();
            run.Record(due, run.Clock.Elapsed - due, answered: true, failed: status >= 400, bytes);
        }
        catch (IOException)
        {
            // No answer in time, or a broken connection: counted as failed, and left out of the latency, as k6 does.
            run.Record(due, TimeSpan.Zero, answered: false, failed: true, 0);
        }
    }

    /// <summary>One phase's clock, bounds and tallies.</summary>
    private sealed class Run(TimeSpan duration, long maxRequests)
    {
        private readonly ConcurrentDictionary<int, (LatencyHistogram Latency, long[] Counts)> _seconds = new();
        private long _requests, _failed, _bytes;

        public Stopwatch Clock { get; } = Stopwatch.StartNew();

        public TimeSpan Duration { get; } = duration;

        public long MaxRequests { get; } = maxRequests;

        public LatencyHistogram Latency { get; } = new();

        public long Requests => Interlocked.Read(ref _requests);

        public long Failed => Interlocked.Read(ref _failed);

        public long Bytes => Interlocked.Read(ref _bytes);

        public void Record(TimeSpan due, TimeSpan latency, bool answered, bool failed, long bytes)
        {
            Interlocked.Increment(ref _requests);
            Interlocked.Add(ref _bytes, bytes);
            var second = _seconds.GetOrAdd((int)due.TotalSeconds, _ => (new LatencyHistogram(), new long[2]));
            Interlocked.Increment(ref second.Counts[0]);
            if (failed)
            {
                Interlocked.Increment(ref _failed);
                Interlocked.Increment(ref second.Counts[1]);
            }

            if (answered)
            {
                Latency.Record(latency);
                second.Latency.Record(latency);
            }
        }

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
}
