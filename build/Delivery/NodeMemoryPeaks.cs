using Qte.Delivery.Environments;
using Qte.Delivery.Monitoring.Resources;

namespace Qte.Build.Delivery;

/// <summary>
/// The delivery benchmark's peak memory per node: every 250 ms, the resident memory of each slot's processes (each
/// replica's, on a cluster) summed by the node they run on, and the highest sum seen. Slots come and go with each
/// switch, so the environment's state is read at every sample. On the local swarm every node's processes are in this
/// machine's /proc; the process and container targets have one node, this machine.
/// </summary>
public sealed class NodeMemoryPeaks : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private readonly Dictionary<string, long> _peaks = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;

    public NodeMemoryPeaks(StateStore store) => _sampling = SampleAsync(store, _stop.Token);

    /// <summary>Each node's address and its peak resident bytes, once sampling has stopped.</summary>
    public async Task<IReadOnlyDictionary<string, long>> StopAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        return _peaks;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }

    private async Task SampleAsync(StateStore store, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var byNode = store.Load().Slots.Values
                .SelectMany(slot => slot.Replicas is { Count: > 0 } replicas ? replicas.Select(r => (Node: new Uri(r.Address).Host, r.Pid)) : [("this machine", slot.Pid)])
                .GroupBy(p => p.Node, p => p.Pid);
            foreach (var node in byNode)
            {
                var bytes = ResourceSampler.ResidentBytesOf(node, out _);
                _peaks[node.Key] = Math.Max(_peaks.GetValueOrDefault(node.Key), bytes);
            }

            try
            {
                await Task.Delay(Interval, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
