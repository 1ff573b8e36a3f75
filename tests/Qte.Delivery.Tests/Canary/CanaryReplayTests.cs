using Qte.Delivery.Canary;
using Qte.Delivery.Routing;

namespace Qte.Delivery.Tests.Canary;

public sealed class CanaryReplayTests
{
    private static readonly CanarySettings Settings = new()
    {
        StepDuration = TimeSpan.FromSeconds(2),
        PollInterval = TimeSpan.FromMilliseconds(250),
        MinRequests = 20,
        InterimLooks = 2,
        InconclusiveTimeout = TimeSpan.FromSeconds(1),
    };

    // `seconds` of samples at `perSecond` from t = 10 s, every answer `ms` long (or a 500 where failing says so).
    private static List<SlotSample> Recording(int seconds, int perSecond, double ms, Func<int, bool>? failing = null) =>
        [.. Enumerable.Range(1, seconds * perSecond).Select(i => new SlotSample(i, 10_000 + (i * 1_000L / perSecond), ms, failing?.Invoke(i) == true ? 500 : 200))];

    [Fact]
    public void Should_Walk_A_Recording_As_Consecutive_Steps_Of_The_Step_Duration()
    {
        var judgements = CanaryReplay.Windows(Recording(20, 20, 5), Recording(20, 180, 5), Settings);

        Assert.Equal(9, judgements.Count);
        Assert.All(judgements, j => Assert.Equal(StepVerdict.Pass, j.Verdict));
        Assert.All(judgements, j => Assert.InRange(j.Canary.Requests, 39, 41));
    }

    [Fact]
    public void Should_Fail_The_Windows_Of_A_Canary_That_Fails_Requests()
    {
        var judgements = CanaryReplay.Windows(Recording(10, 20, 5, i => i % 4 == 0), Recording(10, 180, 5), Settings);

        Assert.All(judgements, j => Assert.Equal(StepVerdict.Fail, j.Verdict));
    }

    [Fact]
    public void Should_Wait_Past_The_Duration_For_Enough_Canary_Answers_As_The_Live_Canary_Does()
    {
        // 8 canary answers a second give 16 in 2 s: each step waits to 2.5 s (20 answers) within its 1 s of grace and
        // passes, and the next starts there (7 steps in 20 s); at 4 a second a step has 12 at 3 s and ends inconclusive.
        var waited = CanaryReplay.Windows(Recording(20, 8, 5), Recording(20, 180, 5), Settings);
        var starved = CanaryReplay.Windows(Recording(20, 4, 5), Recording(20, 180, 5), Settings);

        Assert.Equal(7, waited.Count);
        Assert.All(waited, j => Assert.Equal(StepVerdict.Pass, j.Verdict));
        Assert.All(waited, j => Assert.InRange(j.Canary.Requests, 20, 21));
        Assert.All(starved, j => Assert.Equal(StepVerdict.Inconclusive, j.Verdict));
        Assert.Equal(6, starved.Count);
    }

    [Fact]
    public void Should_Compare_A_100_Percent_Window_With_The_Stable_Window_Given()
    {
        var judgements = CanaryReplay.Windows(Recording(4, 100, 400), [], Settings with { LatencyToleranceMs = 50 }, stableBefore: Recording(2, 100, 5));

        Assert.All(judgements, j => Assert.Equal(StepVerdict.Fail, j.Verdict));
    }
    [Fact]
    public void Should_Pass_A_Step_Whose_Canary_Was_Slow_For_A_Moment_On_The_Fresh_Window_That_Does_Not_Confirm_It()
    {
        // The canary answers 300 ms for its first 0.75 s (a stall), 5 ms after: the first step's interim look at 0.75 s
        // fails it on latency, the fresh window from there passes, and so does every step after.
        var canary = Recording(10, 60, 5).Select(s => s.At <= 10_750 ? s with { Ms = 300 } : s).ToList();

        var judgements = CanaryReplay.Windows(canary, Recording(10, 180, 5), Settings);

        Assert.All(judgements, j => Assert.Equal(StepVerdict.Pass, j.Verdict));
        Assert.Contains("not confirmed on a fresh window", judgements[0].Reason);
        Assert.InRange(judgements[0].Canary.Requests, 110, 130);
    }

    [Fact]
    public void Should_Fail_A_Slower_Canary_On_The_Fresh_Window_That_Confirms_It()
    {
        var judgement = CanaryReplay.Step(Recording(4, 60, 300), Recording(4, 180, 5), Settings);

        Assert.Equal(StepVerdict.Fail, judgement.Verdict);
        Assert.Contains("confirmed on a fresh window (the first: latency is worse", judgement.Reason);
    }
    [Fact]
    public void Should_Keep_An_Earlier_Stable_Window_Whole_On_The_Fresh_Window_Of_A_100_Percent_Step()
    {
        // The stable window given ended before the canary's began, as a 100 % step's does: the fresh window that
        // confirms the latency failure is compared with all of it, not with the stable samples after its own start.
        var before = Recording(2, 100, 5).Select(s => s with { At = s.At - 2_000 }).ToList();

        var judgements = CanaryReplay.Windows(Recording(4, 100, 400), [], Settings with { LatencyToleranceMs = 50 }, stableBefore: before);

        Assert.All(judgements, j => Assert.Equal(StepVerdict.Fail, j.Verdict));
        Assert.Contains("confirmed on a fresh window", judgements[0].Reason);
    }
}
