namespace Qte.Delivery.Environments;

/// <summary>
/// A slot's process: the release it runs, on which port, as which process, and how far it got. A slot run as a
/// container also names its container; <see cref="Pid"/> is then the container's main process as the host sees it.
/// </summary>
public sealed record SlotState(string ReleaseId, string Version, int Port, int Pid, SlotStatus Status, DateTimeOffset Started, string? Container = null)
{
    public string Address => $"http://127.0.0.1:{Port}";

    /// <summary>How the slot runs, for messages: "pid 123" or "container qte-dev-blue-4100, pid 123".</summary>
    public string Runs => Container is null ? $"pid {Pid}" : $"container {Container}, pid {Pid}";
}
