using System.Diagnostics;
using Qte.Delivery.Deployment;
using Qte.Delivery.Environments;
using Qte.Delivery.Processes;
using Qte.Delivery.Routing;
using Qte.Delivery.Slots;

namespace Qte.Delivery.Tests.Deployment;

/// <summary>
/// Deployments of the real service behind the real router, as local processes on loopback ports. The two that prove
/// the core (a switch, an automatic rollback) run in stage 1A; the slower fault cases carry the EndToEnd trait and
/// run from dotnet test and .ci/run.
/// </summary>
[Collection(DeploymentCollection.Name)]
public sealed class DeployerTests : IDisposable
{
    private readonly DeploymentFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    [Trait("Category", "EndToEnd")]
    public async Task Should_Deploy_Then_Switch_To_The_Next_Release_And_Stop_The_Old_One()
    {
        var first = _fixture.Release("a");
        var second = _fixture.Release("bb");

        var one = await _fixture.Deployer().DeployAsync(first);
        var oldSlot = _fixture.State.Live!;
        var two = await _fixture.Deployer().DeployAsync(second);

        Assert.Equal(DeploymentOutcome.Succeeded, one.Outcome);
        Assert.Equal(DeploymentOutcome.Succeeded, two.Outcome);
        Assert.Equal(first.Id, two.PreviousReleaseId);
        Assert.NotEqual(one.Slot, two.Slot);
        Assert.Equal(second.Id, await _fixture.ServingReleaseAsync());
        Assert.False(ProcessControl.IsAlive(oldSlot.Pid, ProcessSlotRunner.Marker));
        Assert.Equal([DeploymentOutcome.Succeeded, DeploymentOutcome.Succeeded], _fixture.State.History.Select(h => h.Outcome));
        Assert.All(two.Checks, c => Assert.True(c.Passed, c.Detail));
    }

    [Fact]
    [Trait("Category", "EndToEnd")]
    public async Task Should_Not_Deploy_A_Release_That_Already_Serves_Under_The_Same_Config_Unless_Asked()
    {
        var release = _fixture.Release("a");
        var again = _fixture.Release("a");
        Deployer Under(string config, bool redeploy = false) => new(
            _fixture.Paths, _fixture.Store, new ProcessSlotRunner(), new RouterProcess(_fixture.Paths, AppContext.BaseDirectory, _ => { }), _fixture.Settings, _ => { })
        {
            ConfigIdentity = config,
            Redeploy = redeploy,
        };

        var first = await Under("config-1").DeployAsync(release);
        var live = _fixture.State.Live!;
        var unchanged = await Under("config-1").DeployAsync(again);
        var servingAfterUnchanged = _fixture.State.Live!;
        var otherConfig = await Under("config-2").DeployAsync(again);
        var forced = await Under("config-2", redeploy: true).DeployAsync(again);

        Assert.Equal(DeploymentOutcome.Succeeded, first.Outcome);
        // Byte-identical content under the same config: nothing started, the live slot untouched.
        Assert.Equal(DeploymentOutcome.Unchanged, unchanged.Outcome);
        Assert.Contains("byte-identical", Assert.Single(unchanged.Checks).Detail, StringComparison.Ordinal);
        Assert.Equal((live.Pid, first.Slot), (servingAfterUnchanged.Pid, unchanged.Slot));
        Assert.Equal(DeploymentOutcome.Succeeded, otherConfig.Outcome);
        Assert.Equal(DeploymentOutcome.Succeeded, forced.Outcome);
        Assert.Equal(3, _fixture.State.History.Count(h => h.Outcome == DeploymentOutcome.Succeeded));
    }

    [Fact]
    [Trait("Category", "EndToEnd")]
    public async Task Should_Keep_Serving_The_Last_Good_Release_When_The_New_One_Never_Gets_Ready()
    {
        var good = _fixture.Release("a");
        await _fixture.Deployer().DeployAsync(good);

        var result = await _fixture.Deployer(new Dictionary<string, string> { ["QTE_FAIL_READINESS"] = "true" })
            .DeployAsync(_fixture.Release("bb"));

        Assert.Equal(DeploymentOutcome.Failed, result.Outcome);
        Assert.StartsWith("readiness:", result.FailedCheck);
        Assert.Equal(good.Id, await _fixture.ServingReleaseAsync());
        Assert.Single(_fixture.State.Slots);
        Assert.Equal(DeploymentOutcome.Failed, _fixture.State.History[^1].Outcome);
    }

    [Fact]
    public async Task Should_Roll_Back_When_The_New_Release_Fails_Through_The_Router()
    {
        var good = _fixture.Release("a");
        await _fixture.Deployer().DeployAsync(good);

        var result = await _fixture.Deployer(new Dictionary<string, string> { ["QTE_FAULT_RATE"] = "1" })
            .DeployAsync(_fixture.Release("bb"));

        Assert.Equal(DeploymentOutcome.RolledBack, result.Outcome);
        Assert.StartsWith("smoke test:", result.FailedCheck);
        Assert.NotNull(result.RestoreSeconds);
        Assert.Equal(good.Id, await _fixture.ServingReleaseAsync());
        var record = _fixture.State.History[^1];
        Assert.Equal(DeploymentOutcome.RolledBack, record.Outcome);
        Assert.Equal(result.RestoreSeconds, record.RestoreSeconds);
    }

    [Fact]
    [Trait("Category", "EndToEnd")]
    public async Task Should_Roll_Back_By_Hand_To_The_Previous_Good_Release()
    {
        var first = _fixture.Release("a");
        await _fixture.Deployer().DeployAsync(first);
        await _fixture.Deployer().DeployAsync(_fixture.Release("bb"));

        var result = await _fixture.Deployer().RollbackAsync(null);

        Assert.Equal(DeploymentOutcome.Succeeded, result.Outcome);
        Assert.Equal(first.Id, await _fixture.ServingReleaseAsync());
        Assert.Equal("rollback", _fixture.State.History[^1].Kind);
    }

    [Fact]
    [Trait("Category", "EndToEnd")]
    public async Task Should_Refuse_A_Public_Port_In_Use_Naming_Where_It_Was_Set()
    {
        using var squatter = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, _fixture.Settings.PublicPort);
        squatter.Start();

        var error = await Assert.ThrowsAsync<DeliveryException>(() => _fixture.Deployer().DeployAsync(_fixture.Release("a")));

        Assert.Equal($"publicPort: port {_fixture.Settings.PublicPort} is in use by another process, so the router cannot take it. Free the port or choose another.", error.Message);
    }

    [Fact]
    [Trait("Category", "EndToEnd")]
    public async Task Should_Restart_A_Router_That_Died_And_Recover_A_Run_Killed_Mid_Deploy()
    {
        var good = _fixture.Release("a");
        await _fixture.Deployer().DeployAsync(good);
        var state = _fixture.State;
        Process.GetProcessById(state.Router!.Pid).Kill();

        // What a pipeline killed with SIGKILL leaves: its lock, and a started slot that never went live.
        var orphan = new ProcessSlotRunner().Start(_fixture.Release("bb"), "green", LoopbackPort.Free(), new Dictionary<string, string>(), _fixture.Paths.Logs);
        new StateStore(_fixture.Paths).Save(state.WithSlot("green", orphan));
        var dead = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        await dead.WaitForExitAsync();
        File.WriteAllText(_fixture.Paths.LockFile, dead.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var result = await _fixture.Deployer().DeployAsync(_fixture.Release("ccc"));

        Assert.Equal(DeploymentOutcome.Succeeded, result.Outcome);
        Assert.False(ProcessControl.IsAlive(orphan.Pid, ProcessSlotRunner.Marker));
        Assert.True(ProcessControl.IsAlive(_fixture.State.Router!.Pid, RouterProcess.Marker));
        Assert.Contains(_fixture.Log, line => line.Contains("took over a lock", StringComparison.Ordinal));
        Assert.Contains(_fixture.Log, line => line.Contains("left by an interrupted run", StringComparison.Ordinal));
    }
}
