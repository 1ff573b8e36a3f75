namespace Qte.Delivery.LoadTesting;

/// <summary>
/// The open model's queue of due times, taken by the connections' threads. A plain monitor: BlockingCollection's
/// semaphore spins before it sleeps, and 64 idle connections spinning at every request cost the engine half a core
/// at 1,100 requests/s on this machine, CPU taken from the server under test.
/// </summary>
internal sealed class DueQueue
{
    private readonly Queue<(long N, TimeSpan Due)> _due = new();
    private bool _complete;

    public void Add(long n, TimeSpan due)
    {
        lock (_due)
        {
            _due.Enqueue((n, due));
            Monitor.Pulse(_due);
        }
    }

    /// <summary>No more due times: the takers finish what is queued, then stop.</summary>
    public void Complete()
    {
        lock (_due)
        {
            _complete = true;
            Monitor.PulseAll(_due);
        }
    }

    /// <summary>Waits for the next request's number and due time; false once the queue is complete and empty.</summary>
    public bool TryTake(out (long N, TimeSpan Due) next)
    {
        lock (_due)
        {
            while (_due.Count == 0 && !_complete)
            {
                Monitor.Wait(_due);
            }

            return _due.TryDequeue(out next);
        }
    }
}
