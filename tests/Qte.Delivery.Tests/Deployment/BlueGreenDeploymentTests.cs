using Qte.Delivery.Environments;
using Qte.Delivery.Processes;
using Qte.Delivery.Slots;

namespace Qte.Delivery.Tests.Deployment;

/// <summary>Blue-green deployments of the real service behind the real router.</summary>
[Collection(DeploymentCollection.Name)]
public sealed class BlueGreenDeploymentTests : IDisposable
{
    private readonly DeploymentFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    [Trait("Category", "EndToEnd")]
    public async Task Should_Check_The_Idle_Slot_Switch_At_Once_And_Keep_The_Old_Slot_Through_The_Delay()
    {
        var first = await _fixture.Deployer(_fixture.BlueGreen()).DeployAsync(_fixture.Release("a"));
        var old = _fixture.State.Live!;

        var second = _fixture.Deployer(_fixture.BlueGreen()).DeployAsync(_fixture.Release("bb"));
        while (!_fixture.Log.Any(l => l.Contains("scales down in", StringComparison.Ordinal)) && !second.IsCompleted)
        {
            await Task.Delay(10);
        }

        // Promoted, and the old slot still runs for the way back.
        Assert.True(ProcessControl.IsAlive(old.Pid, ProcessSlotRunner.Marker));
        Assert.Equal(_fixture.Release("bb").Id, await _fixture.ServingReleaseAsync());
        var result = await second;

        Assert.Equal((DeploymentOutcome.Succeeded, "blue"), (first.Outcome, first.Slot));
        Assert.Equal((DeploymentOutcome.Succeeded, "green"), (result.Outcome, result.Slot));
        Assert.Equal(["readiness", "pre-promotion smoke test", "post-promotion analysis"], result.Checks.Select(c => c.Name));
        Assert.False(ProcessControl.IsAlive(old.Pid, ProcessSlotRunner.Marker));
        Assert.Single(_fixture.State.Slots);
    }

    [Fact]
    [Trait("Category", "EndToEnd")]
    public async Task Should_Stop_A_Release_That_Fails_Its_Pre_Promotion_Check_Before_Any_User_Sees_It()
    {
        var good = _fixture.Release("a");
        await _fixture.Deployer(_fixture.BlueGreen()).DeployAsync(good);

        var result = await _fixture.Deployer(_fixture.BlueGreen(new Dictionary<string, string> { ["QTE_FAULT_RATE"] = "1" })).DeployAsync(_fixture.Release("bb"));

        Assert.Equal(DeploymentOutcome.Failed, result.Outcome);
        Assert.StartsWith("pre-promotion smoke test:", result.FailedCheck);
        Assert.Equal(good.Id, await _fixture.ServingReleaseAsync());
        Assert.Single(_fixture.State.Slots);
    }
}
