using Qte.Delivery.Environments;
using Qte.Delivery.Releases;
using Qte.Delivery.Slots;

namespace Qte.Delivery.Tests.Slots;

/// <summary>
/// What the swarm runner asks of Swarm and what it makes of the answers. The engine here is a stand-in that answers
/// as a manager would; the runner against a real 3-node swarm is in the swarm end-to-end tests.
/// </summary>
public sealed class SwarmSlotRunnerTests
{
    private static readonly Release Release = new("/tmp/r1", new ReleaseManifest("r1", "1.0.0", "abc", DateTimeOffset.UnixEpoch, "sha"));

    [Fact]
    public void A_Slot_Is_A_Service_With_One_Replica_Per_Node_Listening_On_Every_Address_With_Names_Only_Of_Its_Variables()
    {
        var engine = new StandInSwarm(nodes: 3) { ReplicasRunningAfterPolls = 2 };
        var runner = Runner(engine, replicas: 0);

        var slot = runner.Start(Release, "blue", 4100, new Dictionary<string, string> { ["QTE_FAULT_RATE"] = "0" }, "/tmp");

        var spec = Assert.Single(engine.Created);
        Assert.Equal("qte-dev-blue", spec.Name);
        Assert.Equal("127.0.0.1:5000/qte/service:r1", spec.Image);
        Assert.Equal(3, spec.Replicas);
        Assert.Equal("http://0.0.0.0:4100", spec.Environment["ASPNETCORE_URLS"]);
        Assert.Equal("r1", spec.Labels["qte.release"]);
        Assert.Equal("1.0.0", spec.Labels["qte.version"]);
        Assert.Equal(TimeSpan.FromSeconds(7), spec.StopGracePeriod);
        Assert.Equal("qte-dev-blue", slot.Service);
        Assert.Equal(["http://10.77.0.1:4100", "http://10.77.0.2:4100", "http://10.77.0.3:4100"], slot.Addresses);
        Assert.Equal([101, 102, 103], slot.Pids);
        Assert.Equal("service qte-dev-blue, 3 replicas on 10.77.0.1, 10.77.0.2, 10.77.0.3", slot.Runs);
    }

    [Fact]
    public void A_Service_Whose_Replicas_Do_Not_All_Run_Is_Removed_And_Swarms_Reason_Given()
    {
        var engine = new StandInSwarm(nodes: 3) { ReplicasRunningAfterPolls = int.MaxValue, Errors = "No such image: 127.0.0.1:5000/qte/service:r1" };
        var runner = Runner(engine, replicas: 2, startTimeout: TimeSpan.FromMilliseconds(300));

        var refused = Assert.Throws<DeliveryException>(() => runner.Start(Release, "green", 4200, new Dictionary<string, string>(), "/tmp"));

        Assert.StartsWith("Service qte-dev-green (127.0.0.1:5000/qte/service:r1) ran 0 of 2 replicas after 0 s: No such image: 127.0.0.1:5000/qte/service:r1;", refused.Message);
        Assert.Equal(["qte-dev-green"], engine.Removed);
    }

    [Fact]
    public void A_Slot_Runs_While_Any_Replica_Runs_And_Stops_By_Removing_Its_Service()
    {
        var engine = new StandInSwarm(nodes: 3) { ReplicasRunningAfterPolls = 0 };
        var runner = Runner(engine, replicas: 1);
        var slot = runner.Start(Release, "blue", 4100, new Dictionary<string, string>(), "/tmp");

        Assert.True(runner.IsRunning(slot));
        runner.Stop(slot, TimeSpan.FromSeconds(1));

        Assert.Equal(["qte-dev-blue"], engine.Removed);
        Assert.False(runner.IsRunning(slot));
    }

    [Fact]
    public void A_Refreshed_Slot_Lists_Its_Replicas_Where_Swarm_Moved_Them()
    {
        var engine = new StandInSwarm(nodes: 3) { ReplicasRunningAfterPolls = 0 };
        var runner = Runner(engine, replicas: 2);
        var slot = runner.Start(Release, "blue", 4100, new Dictionary<string, string>(), "/tmp");
        engine.Moved = [new Replica("node3", "http://10.77.0.3:4100", 203), new Replica("node1", "http://10.77.0.1:4100", 201)];

        var refreshed = runner.Refresh(slot);

        Assert.Equal(["http://10.77.0.1:4100", "http://10.77.0.2:4100"], slot.Addresses);
        Assert.Equal(["http://10.77.0.3:4100", "http://10.77.0.1:4100"], refreshed.Addresses);
        Assert.Equal(203, refreshed.Pid);
        Assert.Equal(slot with { Pid = 203, Replicas = engine.Moved }, refreshed);
    }

    [Fact]
    public void Each_Replica_Is_Told_Its_Stop_Delay()
    {
        var engine = new StandInSwarm(nodes: 3) { ReplicasRunningAfterPolls = 0 };

        Runner(engine, replicas: 0).Start(Release, "blue", 4100, new Dictionary<string, string>(), "/tmp");

        Assert.Equal("650", Assert.Single(engine.Created).Environment["QTE_STOP_DELAY_MS"]);
    }

    [Fact]
    public async Task A_Scale_Change_Is_Swarms_Update_Of_The_Replica_Count_And_Hands_On_Each_New_Set_Of_Replicas()
    {
        var engine = new StandInSwarm(nodes: 3) { ReplicasRunningAfterPolls = 0 };
        var slot = Runner(engine, replicas: 0).Start(Release, "blue", 4100, new Dictionary<string, string>(), "/tmp");
        var changes = new List<IReadOnlyList<string>>();

        var scaled = await Runner(engine, replicas: 2).UpdateAsync(slot, 2, restart: false, now => Task.Run(() => changes.Add(now.Addresses)));

        Assert.Equal(new ServiceUpdate("qte-dev-blue", 2, Restart: false), Assert.Single(engine.Updates));
        Assert.Equal(["http://10.77.0.1:4100", "http://10.77.0.2:4100"], scaled.Addresses);
        Assert.Equal([scaled.Addresses], changes);
        Assert.Equal(0, engine.StatusReads);
    }

    [Fact]
    public async Task A_Rolling_Restart_Waits_For_Swarm_To_Complete_Its_Update()
    {
        var engine = new StandInSwarm(nodes: 3) { ReplicasRunningAfterPolls = 0, Statuses = new([null, new("updating", "update in progress"), new("completed", "update completed")]) };
        var slot = Runner(engine, replicas: 0).Start(Release, "blue", 4100, new Dictionary<string, string>(), "/tmp");

        var restarted = await Runner(engine, replicas: 0).UpdateAsync(slot, 0, restart: true, _ => Task.CompletedTask);

        Assert.Equal(new ServiceUpdate("qte-dev-blue", 3, Restart: true), Assert.Single(engine.Updates));
        Assert.Equal(3, engine.StatusReads);
        Assert.Equal(3, restarted.Replicas!.Count);
    }

    [Fact]
    public async Task A_Rolling_Restart_That_Swarm_Rolled_Back_Fails_With_Swarms_Reason()
    {
        var engine = new StandInSwarm(nodes: 3)
        {
            ReplicasRunningAfterPolls = 0,
            Statuses = new([new("updating", "update in progress"), new("rollback_completed", "rollback completed: update failed for task abc")]),
        };
        var slot = Runner(engine, replicas: 0).Start(Release, "blue", 4100, new Dictionary<string, string>(), "/tmp");

        var failed = await Assert.ThrowsAsync<DeliveryException>(() => Runner(engine, replicas: 0).UpdateAsync(slot, 0, restart: true, _ => Task.CompletedTask));

        Assert.StartsWith("Swarm's rolling update of qte-dev-blue ended rollback_completed: rollback completed: update failed for task abc;", failed.Message);
    }

    [Fact]
    public async Task A_Process_Slot_Cannot_Be_Scaled_In_Place()
    {
        var process = new SlotState("r1", "1.0.0", 4100, 321, SlotStatus.Serving, DateTimeOffset.UnixEpoch);
        var swarm = new StandInSwarm(nodes: 3);
        var runners = new SlotRunners(Runner(swarm, 0), new ProcessSlotRunner(), Runner(swarm, 0), Runner(swarm, 0));

        var refused = await Assert.ThrowsAsync<DeliveryException>(() => runners.UpdateAsync(process, 2, restart: false, _ => Task.CompletedTask));

        Assert.StartsWith("The live slot runs as pid 321: only a Swarm service's slot can be scaled or restarted in place", refused.Message);
        Assert.Empty(swarm.Updates);
    }

    [Theory]
    [InlineData(200, 2_000, 650)]
    [InlineData(1_000, 10_000, 2_250)]
    [InlineData(1_000, 1_000, 500)]
    [InlineData(5_000, 60_000, 5_000)]
    public void A_Stop_Delay_Covers_Two_Health_Checks_Within_Half_The_Drain_And_Five_Seconds(int intervalMs, int drainMs, int expectedMs)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), SwarmSlotRunner.StopDelayFor(TimeSpan.FromMilliseconds(intervalMs), TimeSpan.FromMilliseconds(drainMs)));
    }

    private static SwarmSlotRunner Runner(StandInSwarm engine, int replicas, TimeSpan? startTimeout = null) => new(
        engine, release => $"127.0.0.1:5000/qte/service:{release.Id}", "dev", [], replicas, TimeSpan.FromSeconds(7), startTimeout ?? TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(650));

    private sealed class StandInSwarm(int nodes) : ISwarmEngine
    {
        private int _polls;

        public int ReplicasRunningAfterPolls { get; init; }

        public string? Errors { get; init; }

        public List<ServiceSpec> Created { get; } = [];

        public List<string> Removed { get; } = [];

        public IReadOnlyList<Replica>? Moved { get; set; }

        public List<ServiceUpdate> Updates { get; } = [];

        /// <summary>What UpdateStatus answers, one per read; the last one again when they are used up.</summary>
        public Queue<ServiceUpdateStatus?> Statuses { get; init; } = new();

        public int StatusReads { get; private set; }

        public int AvailableNodes() => nodes;

        public void CreateService(ServiceSpec spec) => Created.Add(spec);

        public void UpdateService(ServiceUpdate update) => Updates.Add(update);

        public ServiceUpdateStatus? UpdateStatus(string service)
        {
            StatusReads++;
            return Statuses.Count > 1 ? Statuses.Dequeue() : Statuses.FirstOrDefault();
        }

        public IReadOnlyList<Replica> RunningReplicas(string service, int port) =>
            Moved ?? (Removed.Contains(service) || _polls++ < ReplicasRunningAfterPolls
                ? []
                : [.. Enumerable.Range(1, Updates.LastOrDefault(u => u.Name == service)?.Replicas ?? Created.Last(s => s.Name == service).Replicas)
                    .Select(n => new Replica($"node{n}", $"http://10.77.0.{n}:{port}", 100 + n))]);

        public string? TaskErrors(string service) => Errors;

        public void RemoveService(string service) => Removed.Add(service);
    }
}
