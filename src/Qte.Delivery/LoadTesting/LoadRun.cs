using System.Diagnostics;

namespace Qte.Delivery.LoadTesting;

/// <summary>
/// A run of the <see cref="LoadEngine"/> under way: its warm-up, then its measured phase, on its own connections and
/// threads. <see cref="StopAsync"/> ends it early; the requests already due are still sent (each fails unsent once
/// later than the request timeout), so that a stop never leaves a request uncounted.
/// </summary>
public sealed class LoadRun : IAsyncDisposable
{
    private readonly LoadTestSettings _settings;
    private readonly RequestMix _mix;
    private readonly Action<long, LoadClient>? _iteration;
    private readonly CancellationTokenSource _stop;
    private readonly List<HttpConnection> _connections;
    private volatile LoadTally _current;

    internal LoadRun(Uri server, LoadTestSettings settings, RequestMix mix, Action<long, LoadClient>? iteration, bool keepRecords, CancellationToken cancellation)
    {
        (_settings, _mix, _iteration) = (settings, mix, iteration);
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        _connections = [.. Enumerable.Range(0, settings.Connections).Select(_ => new HttpConnection(server, settings.RequestTimeout))];
        _current = new LoadTally(settings.WarmUp, long.MaxValue, keepRecords: false);
        Completion = Task.Run(() => RunAsync(keepRecords));
    }

    /// <summary>The measured phase's result, when it ends.</summary>
    public Task<LoadResult> Completion { get; }

    /// <summary>Seconds since the current phase began (the measured one, once the warm-up is over).</summary>
    public TimeSpan Elapsed => _current.Clock.Elapsed;

    /// <summary>Requests and failures so far in the current phase.</summary>
    public (long Requests, long Failed) Progress => (_current.Requests, _current.Failed);

    /// <summary>Stops scheduling, lets the due requests finish, and returns the result.</summary>
    public async Task<LoadResult> StopAsync()
    {
        await _stop.CancelAsync();
        return await Completion;
    }

    public async ValueTask DisposeAsync()
    {
        if (!Completion.IsCompleted)
        {
            await StopAsync();
        }

        _connections.ForEach(c => c.Dispose());
        _stop.Dispose();
    }

    private async Task<LoadResult> RunAsync(bool keepRecords)
    {
        if (_settings.WarmUp > TimeSpan.Zero)
        {
            await PhaseAsync(_current);
        }

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var run = _current = new LoadTally(_settings.Duration, _settings.MaxRequests, keepRecords);
        await PhaseAsync(run);
        var elapsed = run.Clock.Elapsed;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        return new LoadResult(_settings, elapsed, run.Requests, run.Failed, run.Bytes, run.Latency, run.IntervalFigures(), cpu)
        {
            BySlot = run.BySlot(),
            Records = run.Records(),
        };
    }

    private Task PhaseAsync(LoadTally run) =>
        _settings.Model == LoadModel.Open ? OpenAsync(run) : ClosedAsync(run);

    // The schedule puts each request's due time in a queue; the connections take them in turn, as wrk2's do. A
    // request waiting for a free connection is already late, and its latency says so.
    private async Task OpenAsync(LoadTally run)
    {
        var due = new DueQueue();
        var workers = _connections.Select(connection => OnOwnThread(() =>
        {
            var client = new LoadClient(connection, run, _settings.RequestTimeout);
            while (due.TryTake(out var next))
            {
                client.Send(_mix.Next(next.N), next.Due);
            }
        })).ToList();

        // Due times in whole ticks from the start, not a rounded interval added up: 1,100 requests/s for 5 s is 5,500.
        TimeSpan DueAt(long n) => TimeSpan.FromTicks((long)Math.Round(n * TimeSpan.TicksPerSecond / _settings.RatePerSecond));
        long next = 0;
        while (next < run.MaxRequests && DueAt(next) < run.Duration && !_stop.IsCancellationRequested)
        {
            // The timer's grain is about a millisecond: a shorter wait sleeps that long rather than spinning a core, and
            // the requests due meanwhile are queued together, each with its own due time.
            var wait = DueAt(next) - run.Clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : wait, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }

            while (next < run.MaxRequests && DueAt(next) <= run.Clock.Elapsed && DueAt(next) < run.Duration)
            {
                due.Add(next, DueAt(next));
                next++;
            }
        }

        due.Complete();
        await Task.WhenAll(workers);
    }

    private Task ClosedAsync(LoadTally run)
    {
        long started = -1;
        return Task.WhenAll(_connections.Select(connection => OnOwnThread(() =>
        {
            var client = new LoadClient(connection, run, _settings.RequestTimeout);
            long n;
            while (!_stop.IsCancellationRequested && run.Clock.Elapsed < run.Duration && (n = Interlocked.Increment(ref started)) < run.MaxRequests)
            {
                if (_iteration is null)
                {
                    client.Send(_mix.Next(n), run.Clock.Elapsed);
                }
                else
                {
                    _iteration(n, client);
                }
            }
        })));
    }

    private static Task OnOwnThread(Action work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}
