using Qte.Delivery.Environments;
using Qte.Delivery.Processes;
using Qte.Delivery.Releases;

namespace Qte.Delivery.Slots;

/// <summary>A slot as a local dotnet process on a loopback port, its output in the environment's logs folder.</summary>
public sealed class ProcessSlotRunner : ISlotRunner
{
    public const string Marker = "Qte.Service.dll";

    public SlotState Start(Release release, string slot, int port, IReadOnlyDictionary<string, string> environment, string logDirectory)
    {
        ArgumentNullException.ThrowIfNull(release);
        var variables = SlotVariables.For(release, slot, port, environment);
        var pid = ProcessControl.StartDotNet(release.EntryAssembly, variables, Path.Combine(logDirectory, $"{slot}-{release.Id}.log"));
        return new SlotState(release.Id, release.Manifest.Version, port, pid, SlotStatus.Starting, DateTimeOffset.UtcNow);
    }

    public bool IsRunning(SlotState slot) => ProcessControl.IsAlive(slot.Pid, Marker);

    public void Stop(SlotState slot, TimeSpan drain) => ProcessControl.Stop(slot.Pid, drain, Marker);
}
