namespace Qte.Router.Metrics;

/// <summary>
/// The last answers of one slot, in a ring of fixed size: a reader asks for what came after the sequence number it
/// saw last, so two reads of the same window give the same samples. Older samples are overwritten, never grown.
/// </summary>
public sealed class SampleLog(int capacity = SampleLog.DefaultCapacity)
{
    public const int DefaultCapacity = 100_000;

    private readonly SlotSample[] _ring = new SlotSample[capacity];
    private readonly Lock _lock = new();
    private long _last;

    /// <summary>The sequence number of the newest sample; 0 before the first.</summary>
    public long Last
    {
        get
        {
            lock (_lock)
            {
                return _last;
            }
        }
    }

    public void Add(long at, double milliseconds, int status)
    {
        lock (_lock)
        {
            _last++;
            _ring[_last % _ring.Length] = new SlotSample(_last, at, milliseconds, status);
        }
    }

    /// <summary>The samples after <paramref name="after"/>, oldest first, at most <paramref name="max"/>; those already overwritten are skipped.</summary>
    public IReadOnlyList<SlotSample> After(long after, int max)
    {
        lock (_lock)
        {
            if (after >= _last)
            {
                return [];
            }

            var first = Math.Max(Math.Max(after, 0) + 1, _last - _ring.Length + 1);
            var count = (int)Math.Clamp(_last - first + 1, 0, max);
            var samples = new SlotSample[count];
            for (var i = 0; i < count; i++)
            {
                samples[i] = _ring[(first + i) % _ring.Length];
            }

            return samples;
        }
    }
}
