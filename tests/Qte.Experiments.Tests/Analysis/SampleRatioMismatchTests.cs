using Qte.Experiments.Analysis;
using Qte.Experiments.Assignment;
using static Qte.Experiments.Tests.Analysis.DistributionsTests;

namespace Qte.Experiments.Tests.Analysis;

public sealed class SampleRatioMismatchTests
{
    // scipy.stats.chisquare([5000, 2600, 2400], [5000, 2500, 2500]) -> statistic 8.0, p 0.018315638888734182
    [Fact]
    public void Should_Give_The_Chi_Square_And_P_Value_As_Scipy()
    {
        var check = SampleRatioMismatch.Check(["control", "variant_a", "variant_b"], [5000, 2600, 2400], [0.5, 0.25, 0.25]);

        AssertClose(8.0, check.ChiSquare);
        AssertClose(0.018315638888734182, check.PValue);
        Assert.Equal(2, check.DegreesOfFreedom);
        Assert.False(check.Mismatch);
    }

    // scipy.stats.chisquare([5000, 2700, 2300], [5000, 2500, 2500]) -> statistic 32.0, p 1.1253517471925916e-07
    [Fact]
    public void Should_Flag_A_Skewed_Population()
    {
        var check = SampleRatioMismatch.Check(["control", "variant_a", "variant_b"], [5000, 2700, 2300], [0.5, 0.25, 0.25]);

        AssertClose(1.1253517471925916e-07, check.PValue);
        Assert.True(check.Mismatch);
    }

    [Fact]
    public void Should_Pass_The_Real_Assignment_On_A_Synthetic_Population()
    {
        var check = SampleRatioMismatch.CheckAssignment(Experiments.CheckoutFlow(), 10_000);

        Assert.Equal(10_000, check.Observed.Sum());
        Assert.False(check.Mismatch, $"p = {check.PValue}");
    }

    [Fact]
    public void Should_Catch_An_Assignment_That_Ignores_The_Split()
    {
        // A classic bug: variants chosen with equal weights whatever the split says.
        static string EqualThirds(Qte.Experiments.Definitions.ExperimentDefinition e, string user) =>
            e.Groups[BucketRanges.Choose(BucketHash.Hash(e.Seed, user)!.Value, BucketRanges.Get(e.Groups.Count, 1, null))];

        var check = SampleRatioMismatch.CheckAssignment(Experiments.CheckoutFlow(), 10_000, EqualThirds);

        Assert.True(check.Mismatch);
    }
}
