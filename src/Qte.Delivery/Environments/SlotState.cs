namespace Qte.Delivery.Environments;

/// <summary>A slot's process: the release it runs, on which port, as which process, and how far it got.</summary>
public sealed record SlotState(string ReleaseId, string Version, int Port, int Pid, SlotStatus Status, DateTimeOffset Started)
{
    public string Address => $"http://127.0.0.1:{Port}";
}
