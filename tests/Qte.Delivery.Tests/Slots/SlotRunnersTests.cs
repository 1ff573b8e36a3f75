using Qte.Delivery.Environments;
using Qte.Delivery.Releases;
using Qte.Delivery.Slots;

namespace Qte.Delivery.Tests.Slots;

/// <summary>
/// New slots start on the deploy target's runner; a slot is checked and stopped by the runner that started it.
/// The two runners here record what they are asked (the real ones start processes and containers, tested elsewhere).
/// </summary>
public sealed class SlotRunnersTests
{
    private readonly RecordingRunner _processes = new(container: null);
    private readonly RecordingRunner _containers = new(container: "qte-dev-green-4100");
    private readonly RecordingRunner _services = new(container: null);

    [Fact]
    public void A_New_Slot_Starts_On_The_Target_Runner()
    {
        var runners = new SlotRunners(_containers, _processes, _containers, _services);

        var slot = runners.Start(Release(), "green", 4100, new Dictionary<string, string>(), "/tmp");

        Assert.Equal("qte-dev-green-4100", slot.Container);
        Assert.Equal(["start green"], _containers.Calls);
        Assert.Empty(_processes.Calls);
    }

    [Fact]
    public void A_Process_Slot_Is_Stopped_As_A_Process_And_A_Container_Slot_As_A_Container_Whatever_The_Target()
    {
        var runners = new SlotRunners(_containers, _processes, _containers, _services);
        var process = new SlotState("r1", "1.0", 4000, 111, SlotStatus.Serving, DateTimeOffset.UnixEpoch);
        var container = process with { Port = 4100, Pid = 222, Container = "qte-dev-green-4100" };

        runners.Stop(process, TimeSpan.FromSeconds(1));
        Assert.True(runners.IsRunning(container));
        runners.Stop(container, TimeSpan.FromSeconds(2));

        Assert.Equal(["stop 111"], _processes.Calls);
        Assert.Equal(["running 222", "stop 222"], _containers.Calls);
    }

    [Fact]
    public void A_Service_Slot_Is_Checked_And_Stopped_As_A_Service_Whatever_The_Target()
    {
        var runners = new SlotRunners(_processes, _processes, _containers, _services);
        var service = new SlotState("r1", "1.0", 4200, 333, SlotStatus.Serving, DateTimeOffset.UnixEpoch, Service: "qte-dev-blue", Replicas: [new Replica("n1", "http://10.77.0.2:4200", 333)]);

        Assert.True(runners.IsRunning(service));
        runners.Stop(service, TimeSpan.FromSeconds(1));

        Assert.Equal(["running 333", "stop 333"], _services.Calls);
        Assert.Empty(_processes.Calls);
        Assert.Empty(_containers.Calls);
    }

    private static Release Release() =>
        new("/tmp/r1", new ReleaseManifest("r1", "1.0", "abc", DateTimeOffset.UnixEpoch, "sha"));

    private sealed class RecordingRunner(string? container) : ISlotRunner
    {
        public List<string> Calls { get; } = [];

        public SlotState Start(Release release, string slot, int port, IReadOnlyDictionary<string, string> environment, string logDirectory)
        {
            Calls.Add($"start {slot}");
            return new SlotState(release.Id, release.Manifest.Version, port, 1, SlotStatus.Starting, DateTimeOffset.UnixEpoch, container);
        }

        public bool IsRunning(SlotState slot)
        {
            Calls.Add($"running {slot.Pid}");
            return true;
        }

        public void Stop(SlotState slot, TimeSpan drain) => Calls.Add($"stop {slot.Pid}");
    }
}
