using Qte.Delivery.Environments;

namespace Qte.Delivery.Tests.Environments;

public sealed class EnvironmentStateTests
{
    [Fact]
    public void Should_Round_Trip_Through_State_Json()
    {
        using var directory = new TemporaryDirectory();
        var store = new StateStore(new EnvironmentPaths(directory.Path, "dev"));
        var started = new DateTimeOffset(2026, 11, 28, 5, 0, 0, TimeSpan.Zero);
        var state = new EnvironmentState { LiveSlot = "blue", Router = new RouterState(42, 18080, 19000, started) }
            .WithSlot("blue", new SlotState("1.0.0-abcdef12", "1.0.0", 5001, 43, SlotStatus.Serving, started))
            .WithRecord(new DeploymentRecord("1.0.0-abcdef12", "1.0.0", "deploy", started, started, DeploymentOutcome.Succeeded));

        store.Save(state);
        var loaded = store.Load();

        Assert.Equal("blue", loaded.LiveSlot);
        Assert.Equal(5001, loaded.Live!.Port);
        Assert.Equal("http://127.0.0.1:5001", loaded.Live.Address);
        Assert.Equal(DeploymentOutcome.Succeeded, Assert.Single(loaded.History).Outcome);
        Assert.Contains("\"outcome\": \"Succeeded\"", File.ReadAllText(Path.Combine(directory.Path, "dev", "state.json")));
    }

    [Fact]
    public void Should_Replace_The_Record_Of_The_Same_Deployment_And_Keep_The_Last_Ones()
    {
        var started = DateTimeOffset.UnixEpoch;
        var state = new EnvironmentState()
            .WithRecord(new DeploymentRecord("r1", "1", "deploy", started, null, DeploymentOutcome.InProgress))
            .WithRecord(new DeploymentRecord("r1", "1", "deploy", started, started, DeploymentOutcome.Failed));

        Assert.Equal(DeploymentOutcome.Failed, Assert.Single(state.History).Outcome);

        for (var i = 0; i < 10; i++)
        {
            state = state.WithRecord(new DeploymentRecord($"r{i + 2}", "1", "deploy", started.AddMinutes(i + 1), null, DeploymentOutcome.Succeeded), keep: 3);
        }

        Assert.Equal(["r9", "r10", "r11"], state.History.Select(h => h.ReleaseId));
    }

    [Fact]
    public void Should_Start_Empty_Without_A_State_File()
    {
        using var directory = new TemporaryDirectory();

        var state = new StateStore(new EnvironmentPaths(directory.Path, "dev")).Load();

        Assert.Null(state.LiveSlot);
        Assert.Empty(state.Slots);
    }
}
