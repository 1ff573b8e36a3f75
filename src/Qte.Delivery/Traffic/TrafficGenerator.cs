using System.Collections.Concurrent;
using System.Diagnostics;

namespace Qte.Delivery.Traffic;

/// <summary>
/// Sends the mix to a loopback address at a steady rate (an open model, as k6's constant-arrival-rate and Flagger's
/// load tester do) until stopped or bounded. Keeps each request's record when asked, for the benchmarks.
/// </summary>
public sealed class TrafficGenerator : IAsyncDisposable
{
    private readonly TrafficSettings _settings;
    private readonly Uri _baseAddress;
    private readonly HttpClient _http;
    private readonly TrafficMix _mix;
    private readonly bool _keepRecords;
    private readonly ConcurrentQueue<TrafficRecord> _records = new();
    private readonly ConcurrentDictionary<string, long> _bySlot = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Task _loop;
    private long _sent, _succeeded, _failed, _skipped, _inFlight;

    private TrafficGenerator(Uri baseAddress, TrafficSettings settings, bool keepRecords)
    {
        _baseAddress = baseAddress;
        _settings = settings;
        _keepRecords = keepRecords;
        _mix = new TrafficMix(settings.Users);
        _http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = settings.MaxInFlight, UseCookies = false })
        {
            Timeout = TimeSpan.FromSeconds(10),
        };
        _loop = Task.Run(RunAsync);
    }

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Every request's record so far (only when started with keepRecords).</summary>
    public IReadOnlyList<TrafficRecord> Records => [.. _records];

    /// <exception cref="DeliveryException">The address is not on the loopback interface, or a bound is not positive.</exception>
    public static TrafficGenerator Start(string baseUrl, TrafficSettings settings, bool keepRecords = false)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var address) || !address.IsLoopback)
        {
            throw new DeliveryException($"traffic: '{baseUrl}' is not allowed. Allowed: an address on the loopback interface; the generator sends nothing anywhere else.");
        }

        if (settings.RatePerSecond <= 0 || settings.Users <= 0 || settings.MaxInFlight <= 0)
        {
            throw new DeliveryException("traffic: the rate, the users and the requests in flight must be greater than 0.");
        }

        // The thread pool adds a thread about every half second when its threads are busy; a generator that shares its
        // process with blocking work (a drain, a test's receiver) would stall its schedule for that long. Enough threads
        // for every request in flight up front keep the rate steady.
        ThreadPool.GetMinThreads(out var workers, out var completions);
        ThreadPool.SetMinThreads(Math.Max(workers, settings.MaxInFlight), Math.Max(completions, settings.MaxInFlight));
        return new TrafficGenerator(address, settings, keepRecords);
    }

    /// <summary>Stops sending, waits (up to 10 s) for the requests in flight, and sums up.</summary>
    public async Task<TrafficSummary> StopAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        var deadline = Stopwatch.StartNew();
        while (Interlocked.Read(ref _inFlight) > 0 && deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(10);
        }

        return Summary();
    }

    public TrafficSummary Summary() => new(
        Interlocked.Read(ref _sent),
        Interlocked.Read(ref _succeeded),
        Interlocked.Read(ref _failed),
        Interlocked.Read(ref _skipped),
        _settings.RatePerSecond,
        _settings.Users,
        _clock.Elapsed.TotalSeconds,
        _bySlot.ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal));

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await StopAsync();
        }

        _http.Dispose();
        _stop.Dispose();
    }

    private async Task RunAsync()
    {
        await WarmUpAsync();
        var interval = 1 / _settings.RatePerSecond;
        for (long i = 0; i < _settings.MaxRequests && !_stop.IsCancellationRequested; i++)
        {
            var due = TimeSpan.FromSeconds(i * interval);
            if (due > _settings.MaxDuration)
            {
                break;
            }

            var wait = due - _clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }

            if (Interlocked.Read(ref _inFlight) >= _settings.MaxInFlight)
            {
                Interlocked.Increment(ref _skipped);
                continue;
            }

            Interlocked.Increment(ref _inFlight);
            Interlocked.Increment(ref _sent);
            _ = SendAsync();
        }
    }

    // One request first, not counted: the HTTP stack's first use (code compiled, a connection made) takes hundreds
    // of milliseconds, which would otherwise stall the first second's schedule and skip its requests.
    private async Task WarmUpAsync()
    {
        try
        {
            using var request = _mix.Next(_baseAddress);
            using var response = await _http.SendAsync(request, _stop.Token);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            // The run itself counts what does not answer.
        }

        _clock.Restart();
    }

    private async Task SendAsync()
    {
        var sent = _clock.Elapsed.TotalSeconds;
        var status = 0;
        string? slot = null;
        try
        {
            using var request = _mix.Next(_baseAddress);
            using var response = await _http.SendAsync(request);
            await response.Content.ReadAsByteArrayAsync();
            status = (int)response.StatusCode;
            slot = response.Headers.TryGetValues("X-Qte-Slot", out var values) ? values.FirstOrDefault() : null;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            // No answer: counted as failed below.
        }
        finally
        {
            var record = new TrafficRecord(sent, _clock.Elapsed.TotalSeconds, status, slot);
            if (record.Failed)
            {
                Interlocked.Increment(ref _failed);
            }
            else
            {
                Interlocked.Increment(ref _succeeded);
            }
            if (slot is not null)
            {
                _bySlot.AddOrUpdate(slot, 1, (_, n) => n + 1);
            }

            if (_keepRecords)
            {
                _records.Enqueue(record);
            }

            Interlocked.Decrement(ref _inFlight);
        }
    }
}
