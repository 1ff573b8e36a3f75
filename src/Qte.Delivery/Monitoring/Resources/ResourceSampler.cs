using System.Diagnostics;
using System.Globalization;

namespace Qte.Delivery.Monitoring.Resources;

/// <summary>
/// Samples an environment's processes (the router and the slots) from /proc while a load test runs: CPU time from
/// /proc/&lt;pid&gt;/stat (utime + stime) as a share of the available cores, resident memory from /proc/&lt;pid&gt;/statm
/// as a share of the memory limit. A process that has gone is left out of the next samples.
/// </summary>
public sealed class ResourceSampler : IAsyncDisposable
{
    private readonly IReadOnlyList<int> _pids;
    private readonly MachineLimits _limits;
    private readonly string _procRoot;
    private readonly List<ResourceSample> _samples = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private ResourceSampler(IReadOnlyList<int> pids, TimeSpan interval, MachineLimits limits, string procRoot)
    {
        _pids = pids;
        _limits = limits;
        _procRoot = procRoot;
        // A thread of its own: under load the thread pool is busy with the engine's requests, and samples would come late.
        _loop = Task.Factory.StartNew(() => Loop(interval), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public static ResourceSampler Start(IReadOnlyList<int> pids, TimeSpan interval, MachineLimits limits, string procRoot = "/proc")
    {
        ArgumentNullException.ThrowIfNull(pids);
        ArgumentNullException.ThrowIfNull(limits);
        return new ResourceSampler(pids, interval, limits, procRoot);
    }

    /// <summary>Stops sampling and returns the samples taken.</summary>
    public async Task<IReadOnlyList<ResourceSample>> StopAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        lock (_samples)
        {
            return [.. _samples];
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await StopAsync();
        }

        _stop.Dispose();
    }

    private void Loop(TimeSpan interval)
    {
        var clock = Stopwatch.StartNew();
        var (lastTicks, lastAt) = (CpuTicks(), clock.Elapsed);
        while (!_stop.Token.WaitHandle.WaitOne(interval))
        {
            var (ticks, at) = (CpuTicks(), clock.Elapsed);
            // A process that ended takes its CPU time with it: that interval counts what the others used, never less than 0.
            var cpuSeconds = Math.Max(0, (double)(ticks - lastTicks) / _limits.ClockTicksPerSecond);
            var resident = ResidentBytes(out var alive);
            var sample = new ResourceSample(
                at.TotalSeconds,
                100 * cpuSeconds / (at - lastAt).TotalSeconds / _limits.Cores,
                100.0 * resident / _limits.MemoryBytes,
                resident,
                alive);
            lock (_samples)
            {
                _samples.Add(sample);
            }

            (lastTicks, lastAt) = (ticks, at);
        }
    }

    private long CpuTicks()
    {
        long total = 0;
        foreach (var pid in _pids)
        {
            if (Read(pid, "stat") is { } stat)
            {
                // The command name (field 2) is in parentheses and may hold spaces: count fields after its last ')'.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                total += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
        }

        return total;
    }

    private long ResidentBytes(out int alive) => ResidentBytesOf(_pids, out alive, _procRoot);

    /// <summary>The resident memory of the processes that still run (from /proc/&lt;pid&gt;/statm), and how many do.</summary>
    public static long ResidentBytesOf(IEnumerable<int> pids, out int alive, string procRoot = "/proc")
    {
        ArgumentNullException.ThrowIfNull(pids);
        (long total, alive) = (0, 0);
        foreach (var pid in pids)
        {
            if (Read(procRoot, pid, "statm") is { } statm)
            {
                total += long.Parse(statm.Split(' ')[1], CultureInfo.InvariantCulture) * Environment.SystemPageSize;
                alive++;
            }
        }

        return total;
    }

    private string? Read(int pid, string file) => Read(_procRoot, pid, file);

    private static string? Read(string procRoot, int pid, string file)
    {
        try
        {
            return File.ReadAllText(Path.Combine(procRoot, pid.ToString(CultureInfo.InvariantCulture), file));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
