using Qte.Delivery.Canary;
using Qte.Delivery.Routing;

namespace Qte.Delivery.Tests.Canary;

public sealed class CanaryJudgeTests
{
    private static readonly CanarySettings Settings = new() { MinRequests = 50, SuccessThreshold = 0.95, LatencyTolerance = 0.2, LatencyToleranceMs = 50, Alpha = 0.01 };

    // Latencies around the given milliseconds (a seeded spread of ±20 %), every n-th answer a 500.
    private static List<SlotSample> Samples(int count, double ms, int errorEvery = 0, int seed = 1)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(1, count).Select(i => new SlotSample(i, 1_000 + i, ms * (0.8 + (0.4 * random.NextDouble())), errorEvery > 0 && i % errorEvery == 0 ? 500 : 200))];
    }

    [Fact]
    public void Should_Pass_A_Canary_As_Good_As_The_Stable_With_The_Numbers()
    {
        var judgement = CanaryJudge.Judge(Samples(100, 2, seed: 1), Samples(900, 2, seed: 2), Settings);

        Assert.Equal(StepVerdict.Pass, judgement.Verdict);
        Assert.Equal(100, judgement.Canary.Requests);
        Assert.Equal(1.0, judgement.Canary.SuccessRate);
        Assert.NotNull(judgement.Latency);
        Assert.Contains("Mann-Whitney U", judgement.Reason);
    }

    [Fact]
    public void Should_Fail_A_Canary_Whose_Success_Rate_Is_Below_The_Threshold()
    {
        var judgement = CanaryJudge.Judge(Samples(100, 2, errorEvery: 5), Samples(900, 2), Settings);

        Assert.Equal(StepVerdict.Fail, judgement.Verdict);
        Assert.Equal(20, judgement.Canary.Errors);
        Assert.Equal("success rate 80.0 % (20 of 100 answers 5xx) is below the threshold 95.0 %", judgement.Reason);
    }

    [Fact]
    public void Should_Fail_A_Canary_Slower_Beyond_The_Tolerance()
    {
        var judgement = CanaryJudge.Judge(Samples(100, 300), Samples(900, 2), Settings);

        Assert.Equal(StepVerdict.Fail, judgement.Verdict);
        Assert.StartsWith("latency is worse: p95", judgement.Reason);
        Assert.True(judgement.Latency!.PValue < 0.01);
    }

    [Fact]
    public void Should_Pass_A_Canary_Slower_Only_Within_The_Tolerance()
    {
        // 10 ms slower is significant with this many samples, but within the 50 ms tolerance.
        var judgement = CanaryJudge.Judge(Samples(300, 12), Samples(900, 2), Settings);

        Assert.Equal(StepVerdict.Pass, judgement.Verdict);
        Assert.True(judgement.Latency!.PValue < 0.01);
    }

    [Fact]
    public void Should_Be_Inconclusive_With_Too_Few_Canary_Requests()
    {
        var judgement = CanaryJudge.Judge([], Samples(900, 2), Settings);

        Assert.Equal(StepVerdict.Inconclusive, judgement.Verdict);
        Assert.Equal("the canary answered 0 request(s); 50 are needed to judge", judgement.Reason);
    }

    [Fact]
    public void Should_Judge_Only_The_Success_Rate_When_The_Stable_Side_Has_Too_Few_Samples()
    {
        var judgement = CanaryJudge.Judge(Samples(100, 300), Samples(10, 2), Settings);

        Assert.Equal(StepVerdict.Pass, judgement.Verdict);
        Assert.Null(judgement.Latency);
        Assert.Contains("latency not compared", judgement.Reason);
    }

    [Fact]
    public void Should_Give_Nearest_Rank_Percentiles()
    {
        var stats = SideStats.Of([.. Enumerable.Range(1, 100).Select(i => new SlotSample(i, i, i, 200))]);

        Assert.Equal((50, 95, 99), (stats.P50Ms, stats.P95Ms, stats.P99Ms));
    }
}
