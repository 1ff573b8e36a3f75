using Qte.Delivery.Canary;
using Qte.Delivery.Routing;

namespace Qte.Delivery.Tests.Canary;

public sealed class StepAnalysisTests
{
    // Only the Mann-Whitney test decides here (no latency tolerance), so that the looks' error rate shows alone.
    private static readonly CanarySettings Settings = new()
    {
        StepDuration = TimeSpan.FromSeconds(2),
        PollInterval = TimeSpan.FromMilliseconds(250),
        MinRequests = 20,
        SuccessThreshold = 0.95,
        LatencyTolerance = 0,
        LatencyToleranceMs = 0,
        Alpha = 0.05,
        InterimLooks = 2,
        InconclusiveTimeout = TimeSpan.FromSeconds(1),
    };

    // A window of samples at a steady rate over two seconds from t = 0, latencies drawn around `ms`.
    private static List<SlotSample> Window(Random random, int count, double ms) =>
        [.. Enumerable.Range(1, count).Select(i => new SlotSample(i, i * 2_000L / count, ms * (0.5 + random.NextDouble()), 200))];

    public sealed class TheLookPlan
    {
        [Fact]
        public void Should_Spend_Half_Of_Alpha_Over_The_Interim_Looks_And_Half_At_The_End()
        {
            var plan = new LookPlan(2, 0.01, TimeSpan.FromSeconds(3));

            Assert.Equal(0.0025, plan.InterimAlpha, 12);
            Assert.Equal(0.005, plan.FinalAlpha, 12);
            Assert.Equal((TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)), (plan.InterimAt(1), plan.InterimAt(2)));
            Assert.True((plan.InterimLooks * plan.InterimAlpha) + plan.FinalAlpha <= plan.Alpha + 1e-15);
            Assert.Contains("at most 0.01", plan.Describe());
        }

        [Fact]
        public void Should_Judge_Once_At_Full_Alpha_Without_Interim_Looks()
        {
            var plan = new LookPlan(0, 0.01, TimeSpan.FromSeconds(3));

            Assert.Equal(0.01, plan.FinalAlpha);
        }
    }

    [Fact]
    public void Should_Abort_A_Clearly_Slower_Canary_At_An_Interim_Look_Of_The_Fresh_Window_That_Confirms_It()
    {
        var random = new Random(1);
        var analysis = new StepAnalysis(Settings);

        var first = analysis.Look(Window(random, 100, 300), Window(random, 400, 5), TimeSpan.FromSeconds(0.7));
        var confirmed = analysis.Look(Window(random, 100, 300), Window(random, 400, 5), TimeSpan.FromSeconds(0.7));

        Assert.Equal((StepVerdict.Fail, true), (first!.Value.Judgement.Verdict, first.Value.ConfirmOnFreshWindow));
        Assert.Equal((StepVerdict.Fail, false), (confirmed!.Value.Judgement.Verdict, confirmed.Value.ConfirmOnFreshWindow));
        Assert.Contains("confirmed on a fresh window", confirmed.Value.Judgement.Reason);
        Assert.Equal(Settings.Alpha / 4, confirmed.Value.Alpha, 12);
        Assert.Equal(2, analysis.Looks);
    }

    [Fact]
    public void Should_Pass_A_Step_Whose_Fresh_Window_Does_Not_Confirm_A_Latency_Failure()
    {
        // A stall that slowed the canary's first window only: the fresh window has the whole look plan again (no
        // interim look is due before its own first third) and passes at its end, saying what it did not confirm.
        var random = new Random(5);
        var analysis = new StepAnalysis(Settings);

        var first = analysis.Look(Window(random, 100, 300), Window(random, 400, 5), TimeSpan.FromSeconds(1.5));
        var early = analysis.Look(Window(random, 10, 5), Window(random, 40, 5), TimeSpan.FromSeconds(0.25));
        var final = analysis.Look(Window(random, 100, 5), Window(random, 400, 5), TimeSpan.FromSeconds(2));

        Assert.True(first!.Value.ConfirmOnFreshWindow);
        Assert.Null(early);
        Assert.Equal(StepVerdict.Pass, final!.Value.Judgement.Verdict);
        Assert.Contains("not confirmed on a fresh window", final.Value.Judgement.Reason);
    }

    [Fact]
    public void Should_Fail_A_Canary_That_Fails_Requests_At_Once()
    {
        var random = new Random(6);
        var analysis = new StepAnalysis(Settings);
        var failing = Window(random, 100, 5).Select((s, i) => i % 4 == 0 ? s with { Status = 500 } : s).ToList();

        var decided = analysis.Look(failing, Window(random, 400, 5), TimeSpan.FromSeconds(0.7));

        Assert.Equal((StepVerdict.Fail, false), (decided!.Value.Judgement.Verdict, decided.Value.ConfirmOnFreshWindow));
    }

    [Fact]
    public void Should_Not_Judge_Between_Planned_Looks_And_Pass_A_Good_Canary_At_The_End()
    {
        var random = new Random(2);
        var (canary, stable) = (Window(random, 100, 5), Window(random, 400, 5));
        var analysis = new StepAnalysis(Settings);

        var early = analysis.Look(canary, stable, TimeSpan.FromSeconds(0.25));
        var final = analysis.Look(canary, stable, TimeSpan.FromSeconds(2));

        Assert.Null(early);
        Assert.Equal(StepVerdict.Pass, final!.Value.Judgement.Verdict);
        Assert.Equal(Settings.Alpha / 2, final.Value.Alpha, 12);
        Assert.Equal(1, analysis.Looks);
    }

    [Fact]
    public void Should_Wait_While_Inconclusive_Then_Decide_Inconclusive_At_The_Timeout()
    {
        var random = new Random(3);
        var analysis = new StepAnalysis(Settings);
        var (few, stable) = (Window(random, 5, 5), Window(random, 400, 5));

        Assert.Null(analysis.Look(few, stable, TimeSpan.FromSeconds(2)));
        Assert.Equal(StepVerdict.Inconclusive, analysis.Look(few, stable, TimeSpan.FromSeconds(3))!.Value.Judgement.Verdict);
    }

    [Fact]
    public void Should_Keep_The_False_Abort_Rate_At_Or_Below_Alpha_Where_Judging_Every_Poll_Does_Not()
    {
        // 2,000 A/A recordings, canary and stable drawn from one distribution, 4 s long: a step's 2 s window and, after
        // a first latency failure, the fresh window that confirms it. Judged at every poll of the first window at the
        // full alpha (peeking), healthy canaries fail far more often than alpha; the look plan's first window fails at
        // most alpha of them, and a step fails only where that window failed. The bound allows three binomial standard
        // deviations above alpha: 0.05 * 2000 + 3 * sqrt(2000 * 0.05 * 0.95) = 129.2.
        const int windows = 2_000;
        var random = new Random(4);
        var (firstWindow, steps, peeking) = (0, 0, 0);
        for (var w = 0; w < windows; w++)
        {
            var (canary, stable) = (Recording(random, 60), Recording(random, 240));
            var analysis = new StepAnalysis(Settings);
            var first = Enumerable.Range(1, 12)
                .Select(poll => analysis.Look([.. canary.Where(s => s.At <= poll * 250)], [.. stable.Where(s => s.At <= poll * 250)], TimeSpan.FromMilliseconds(poll * 250)))
                .FirstOrDefault(decided => decided is not null);
            firstWindow += first?.Judgement.Verdict == StepVerdict.Fail ? 1 : 0;
            steps += CanaryReplay.Step(canary, stable, Settings, from: 0).Verdict == StepVerdict.Fail ? 1 : 0;
            peeking += Enumerable.Range(1, 8).Any(poll => CanaryJudge.Judge(
                [.. canary.Where(s => s.At <= poll * 250)], [.. stable.Where(s => s.At <= poll * 250)], Settings).Verdict == StepVerdict.Fail) ? 1 : 0;
        }

        Assert.InRange(firstWindow, 0, 129);
        Assert.InRange(steps, 0, firstWindow);
        Assert.InRange(peeking, 130, windows);
    }

    // Two windows' worth of samples: `perWindow` over each 2 s, latencies drawn around 5 ms.
    private static List<SlotSample> Recording(Random random, int perWindow) =>
        [.. Enumerable.Range(1, 2 * perWindow).Select(i => new SlotSample(i, i * 2_000L / perWindow, 5 * (0.5 + random.NextDouble()), 200))];
}
