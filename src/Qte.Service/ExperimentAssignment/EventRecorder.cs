using System.Threading.Channels;
using Qte.Experiments.Events;

namespace Qte.Service.ExperimentAssignment;

/// <summary>
/// Takes events off the request path: requests only queue them; a background loop writes them to the SQLite store
/// in batches (one transaction every few milliseconds under load). On shutdown the queue is written out. When the store
/// cannot be opened or written the events wait in the queue and the loop tries again; the file is never replaced.
/// </summary>
public sealed partial class EventRecorder(ServiceSettings settings, ILogger<EventRecorder> logger) : BackgroundService
{
    private const int Capacity = 200_000;
    private const int BatchSize = 2_000;
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    private readonly Channel<ExperimentEvent> _queue = Channel.CreateBounded<ExperimentEvent>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    private long _recorded, _dropped;
    private int _writing;
    private string? _lastError;

    public bool Enabled => settings.EventsDatabase is not null;

    public long Recorded => Interlocked.Read(ref _recorded);

    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>
    /// Events not yet in the store: queued, or in the batch being written. A batch leaves the queue before its
    /// transaction commits, and a reader that waits for nothing pending must not see 0 while one is written.
    /// </summary>
    public int Pending => _queue.Reader.Count + Volatile.Read(ref _writing);

    public string? LastError => Volatile.Read(ref _lastError);

    public void Add(ExperimentEvent e)
    {
        if (Enabled && !_queue.Writer.TryWrite(e))
        {
            Interlocked.Increment(ref _dropped);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (settings.EventsDatabase is not { } path)
        {
            return;
        }

        EventStore? store = null;
        var batch = new List<ExperimentEvent>(BatchSize);
        try
        {
            // Runs until the queue is completed and empty, so that a graceful stop writes out what was queued.
            while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
            {
                while (batch.Count < BatchSize && _queue.Reader.TryRead(out var e))
                {
                    batch.Add(e);
                    Volatile.Write(ref _writing, batch.Count);
                }

                try
                {
                    store ??= EventStore.OpenForWriting(path, TimeSpan.FromSeconds(5));
                    store.Record(batch);
                    Interlocked.Add(ref _recorded, batch.Count);
                    Volatile.Write(ref _writing, 0);
                    batch.Clear();
                    Volatile.Write(ref _lastError, null);
                }
                catch (EventStoreException ex)
                {
                    Volatile.Write(ref _lastError, ex.Message);
                    Log.NotRecorded(logger, batch.Count, ex.Message);
                    store?.Dispose();
                    store = null;
                    if (stoppingToken.IsCancellationRequested)
                    {
                        Interlocked.Add(ref _dropped, batch.Count + _queue.Reader.Count);
                        return;
                    }

                    await Task.Delay(RetryDelay, CancellationToken.None);
                }
            }
        }
        finally
        {
            store?.Dispose();
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Error, "{Count} experiment events not recorded yet, retrying: {Problem}")]
        public static partial void NotRecorded(ILogger logger, int count, string problem);
    }
}
