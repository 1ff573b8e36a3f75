namespace Qte.Delivery.Environments;

/// <summary>
/// A slot's process: the release it runs, on which port, as which process, and how far it got. A slot run as a
/// container also names its container; <see cref="Pid"/> is then the container's main process as the host sees it.
/// A slot run as a Swarm service names the service and lists its <see cref="Replicas"/>, one per node; its
/// <see cref="Address"/> and <see cref="Pid"/> are then the first replica's.
/// </summary>
public sealed record SlotState(
    string ReleaseId, string Version, int Port, int Pid, SlotStatus Status, DateTimeOffset Started, string? Container = null, string? Service = null, IReadOnlyList<Replica>? Replicas = null)
{
    public string Address => Replicas is [var first, ..] ? first.Address : $"http://127.0.0.1:{Port}";

    /// <summary>Every address the slot answers on: each replica's, or the one of a process or container.</summary>
    public IReadOnlyList<string> Addresses => Replicas is { Count: > 0 } replicas ? [.. replicas.Select(r => r.Address)] : [Address];

    /// <summary>Every main process of the slot: the load test samples each.</summary>
    public IReadOnlyList<int> Pids => Replicas is { Count: > 0 } replicas ? [.. replicas.Select(r => r.Pid)] : [Pid];

    /// <summary>How the slot runs, for messages: "pid 123", "container qte-dev-blue-4100, pid 123" or "service qte-dev-blue, 3 replicas on 10.77.0.1, ...".</summary>
    public string Runs => Service is not null
        ? $"service {Service}, {Replicas?.Count ?? 0} replicas on {string.Join(", ", (Replicas ?? []).Select(r => new Uri(r.Address).Host))}"
        : Container is null ? $"pid {Pid}" : $"container {Container}, pid {Pid}";
}
