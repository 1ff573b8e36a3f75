using System.Diagnostics;
using Qte.Delivery.Canary;
using Qte.Delivery.Environments;
using Qte.Delivery.Processes;
using Qte.Delivery.Slots;

namespace Qte.Delivery.Tests.Deployment;

/// <summary>
/// Canaries of the real service behind the real router, with the traffic generator sending through it. Each takes
/// seconds of steps, so all carry the EndToEnd trait (stage 4-v2 itself runs a canary in every pipeline).
/// </summary>
[Collection(DeploymentCollection.Name)]
public sealed class CanaryDeploymentTests : IDisposable
{
    private readonly DeploymentFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    [Trait("Category", "EndToEnd")]
    public async Task Should_Promote_A_Good_Canary_Step_By_Step_With_The_Numbers_Behind_Each_Step()
    {
        var stable = _fixture.Release("a");
        await _fixture.Deployer().DeployAsync(stable);
        var oldSlot = _fixture.State.Live!;

        var result = await _fixture.Deployer(_fixture.Canary()).DeployAsync(_fixture.Release("bb"));

        Assert.Equal(DeploymentOutcome.Succeeded, result.Outcome);
        var report = result.Canary!;
        Assert.Equal("promoted", report.Outcome);
        Assert.Equal([10, 50, 100], report.Steps.Select(s => s.Weight));
        Assert.All(report.Steps, s => Assert.Equal(StepVerdict.Pass, s.Verdict));
        Assert.All(report.Steps, s => Assert.True(s.Canary.Requests >= 20, $"step {s.Step}: {s.Canary.Requests} canary requests"));
        Assert.NotNull(report.Steps[0].Latency);
        Assert.InRange(report.CanaryShare, 0.05, 0.95);
        Assert.Equal(_fixture.Release("bb").Id, await _fixture.ServingReleaseAsync());
        Assert.False(ProcessControl.IsAlive(oldSlot.Pid, ProcessSlotRunner.Marker));
        Assert.Equal(0, report.Traffic!.Failed);
    }

    [Fact]
    [Trait("Category", "EndToEnd")]
    public async Task Should_Abort_A_Canary_That_Fails_Requests_In_Its_First_Step_With_Stable_Serving_Throughout()
    {
        var stable = _fixture.Release("a");
        await _fixture.Deployer().DeployAsync(stable);

        // One time in five the release's single pre-promotion quote fails first and no user ever reaches it (Failed);
        // the test wants the canary's own abort, which three attempts all but guarantee.
        var settings = _fixture.Canary(new Dictionary<string, string> { ["QTE_FAULT_RATE"] = "0.2" }, stepSeconds: 30);
        var result = await _fixture.Deployer(settings).DeployAsync(_fixture.Release("bb"));
        for (var attempt = 1; attempt < 3 && result.Outcome == DeploymentOutcome.Failed; attempt++)
        {
            Assert.StartsWith("pre-promotion smoke test:", result.FailedCheck);
            result = await _fixture.Deployer(settings).DeployAsync(_fixture.Release("bb"));
        }

        AssertAbortedInFirstStep(result, stable.Id);
        var step = result.Canary!.Steps[0];
        Assert.Contains("below the threshold", step.Reason);
        // Abort in the middle of the step: as soon as the judge fails it, not at the end of its 30 s.
        Assert.True(step.Seconds < 15, $"the step lasted {step.Seconds} s");
        Assert.All(result.Canary.Steps, s => Assert.Equal(0, s.Stable.Errors));
    }

    [Fact]
    [Trait("Category", "EndToEnd")]
    public async Task Should_Abort_A_Canary_Slower_Than_The_Stable_Beyond_The_Tolerance()
    {
        var stable = _fixture.Release("a");
        await _fixture.Deployer().DeployAsync(stable);

        var result = await _fixture.Deployer(_fixture.Canary(new Dictionary<string, string> { ["QTE_EXTRA_LATENCY_MS"] = "300" })).DeployAsync(_fixture.Release("bb"));

        AssertAbortedInFirstStep(result, stable.Id);
        Assert.StartsWith("latency is worse", result.Canary!.Steps[0].Reason);
        Assert.True(result.Canary.Steps[0].Latency!.PValue < 0.01);
    }

    [Fact]
    [Trait("Category", "EndToEnd")]
    public async Task Should_Fail_A_Step_That_Stays_Inconclusive_Without_Traffic()
    {
        var stable = _fixture.Release("a");
        await _fixture.Deployer().DeployAsync(stable);

        var result = await _fixture.Deployer(_fixture.Canary(traffic: false)).DeployAsync(_fixture.Release("bb"));

        AssertAbortedInFirstStep(result, stable.Id);
        Assert.Equal(StepVerdict.Inconclusive, result.Canary!.Steps[0].Verdict);
        Assert.Contains("still after", result.Canary.Steps[0].Reason);
    }

    [Fact]
    [Trait("Category", "EndToEnd")]
    public async Task Should_Keep_Each_User_On_One_Version_Within_A_Step()
    {
        await _fixture.Deployer().DeployAsync(_fixture.Release("a"));
        var canary = _fixture.Deployer(_fixture.Canary(stepSeconds: 4)).DeployAsync(_fixture.Release("bb"));
        using var http = new HttpClient();
        var deadline = Stopwatch.StartNew();
        while (!_fixture.Log.Any(l => l.StartsWith("Canary step 1 ", StringComparison.Ordinal)))
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(20), "the canary never started its first step");
            await Task.Delay(50);
        }

        var seen = new Dictionary<string, HashSet<string>>();
        for (var round = 0; round < 3; round++)
        {
            for (var user = 0; user < 60; user++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"{_fixture.PublicUrl}/version");
                request.Headers.Add("X-User-Id", $"sticky-{user}");
                using var response = await http.SendAsync(request);
                var release = (string)Newtonsoft.Json.Linq.JObject.Parse(await response.Content.ReadAsStringAsync())["releaseId"]!;
                if (!seen.TryGetValue($"sticky-{user}", out var releases))
                {
                    seen[$"sticky-{user}"] = releases = [];
                }

                releases.Add(release);
            }
        }

        var result = await canary;
        Assert.Equal(DeploymentOutcome.Succeeded, result.Outcome);
        Assert.All(seen, user => Assert.Single(user.Value));
        Assert.Contains(seen.Values, v => v.Contains(_fixture.Release("bb").Id));
        Assert.Contains(seen.Values, v => v.Contains(_fixture.Release("a").Id));
    }

    [Fact]
    [Trait("Category", "EndToEnd")]
    public async Task Should_Start_A_Router_That_Died_Mid_Canary_Again_And_Resume_On_Its_Reloaded_Table()
    {
        await _fixture.Deployer().DeployAsync(_fixture.Release("a"));
        var canary = _fixture.Deployer(_fixture.Canary(stepSeconds: 2)).DeployAsync(_fixture.Release("bb"));
        var deadline = Stopwatch.StartNew();
        while (!_fixture.Log.Any(l => l.StartsWith("Canary step 1 ", StringComparison.Ordinal)))
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(20), "the canary never started its first step");
            await Task.Delay(50);
        }

        await Task.Delay(500);
        Process.GetProcessById(_fixture.State.Router!.Pid).Kill();

        var result = await canary;

        Assert.Equal(DeploymentOutcome.Succeeded, result.Outcome);
        Assert.True(result.Canary!.Steps[0].RouterRestarts >= 1);
        Assert.Contains(_fixture.Log, l => l.Contains("the router restarted", StringComparison.Ordinal));
        Assert.True(ProcessControl.IsAlive(_fixture.State.Router!.Pid, Routing.RouterProcess.Marker));
        Assert.Equal(_fixture.Release("bb").Id, await _fixture.ServingReleaseAsync());
    }

    [Fact]
    [Trait("Category", "EndToEnd")]
    public async Task Should_Deploy_Plainly_Into_Blue_On_An_Empty_Environment_Or_Run_An_A_A_Canary_When_Asked()
    {
        var plain = await _fixture.Deployer(_fixture.Canary()).DeployAsync(_fixture.Release("a"));

        Assert.Equal((DeploymentOutcome.Succeeded, "blue"), (plain.Outcome, plain.Slot));
        Assert.Null(plain.Canary);

        using var other = new DeploymentFixture();
        var settings = other.Canary() with { Canary = other.Canary().Canary with { BaselineOnEmpty = true } };
        var baseline = await other.Deployer(settings).DeployAsync(other.Release("a"));

        Assert.Equal(DeploymentOutcome.Succeeded, baseline.Outcome);
        Assert.True(baseline.Canary!.Baseline);
        Assert.Equal(baseline.Canary.StableReleaseId, baseline.Canary.CanaryReleaseId);
        Assert.Equal("green", baseline.Slot);
    }

    private void AssertAbortedInFirstStep(Delivery.Deployment.DeploymentResult result, string stableId)
    {
        Assert.Equal(DeploymentOutcome.RolledBack, result.Outcome);
        var report = result.Canary!;
        Assert.Equal("aborted", report.Outcome);
        Assert.Single(report.Steps);
        Assert.Equal(10, report.Steps[0].Weight);
        Assert.True(report.CanaryShare <= 0.15, $"the canary answered {report.CanaryShare:P1} of all requests");
        Assert.Single(_fixture.State.Slots);
        Assert.Equal(stableId, _fixture.State.Live!.ReleaseId);
        Assert.Equal(DeploymentOutcome.RolledBack, _fixture.State.History[^1].Outcome);
    }

    [Fact]
    [Trait("Category", "EndToEnd")]
    public async Task Should_Serve_The_Stable_Release_Once_Aborted()
    {
        var stable = _fixture.Release("a");
        await _fixture.Deployer().DeployAsync(stable);

        await _fixture.Deployer(_fixture.Canary(new Dictionary<string, string> { ["QTE_FAULT_RATE"] = "1" })).DeployAsync(_fixture.Release("bb"));

        Assert.Equal(stable.Id, await _fixture.ServingReleaseAsync());
    }
}
