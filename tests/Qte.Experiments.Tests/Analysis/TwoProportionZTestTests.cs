using Qte.Experiments.Analysis;
using static Qte.Experiments.Tests.Analysis.DistributionsTests;

namespace Qte.Experiments.Tests.Analysis;

public sealed class TwoProportionZTestTests
{
    // 120 of 1,000 against 150 of 1,000. Reference from scipy 1.10 in Python:
    //   pooled = 270 / 2000; z = 0.03 / sqrt(pooled (1 - pooled) (2 / 1000)); p = 2 * scipy.stats.norm.sf(z)
    //   interval: 0.03 -/+ norm.ppf(0.975) * sqrt(p0 q0 / n0 + p1 q1 / n1)
    //   relative: 0.25 -/+ norm.ppf(0.975) * sqrt(v1 / p0^2 + p1^2 v0 / p0^4) (delta method), v = p q / n
    [Fact]
    public void Should_Give_The_Z_P_Value_And_Intervals_As_Scipy()
    {
        var result = TwoProportionZTest.Compare(120, 1000, 150, 1000);

        AssertClose(1.963049807622355, result.Statistic);
        AssertClose(0.04964038686536878, result.PValue);
        AssertClose(0.03, result.AbsoluteUplift);
        AssertClose(7.602882129778554e-05, result.AbsoluteInterval.Lower);
        AssertClose(0.05992397117870221, result.AbsoluteInterval.Upper);
        AssertClose(0.25, result.RelativeUplift!.Value);
        AssertClose(-0.029337846156494596, result.RelativeInterval!.Lower);
        AssertClose(0.5293378461564946, result.RelativeInterval.Upper);
    }

    [Fact]
    public void Should_Leave_The_Relative_Uplift_Undefined_When_Control_Never_Converts()
    {
        var result = TwoProportionZTest.Compare(0, 500, 10, 500);

        Assert.Null(result.RelativeUplift);
        Assert.True(result.PValue < 0.01);
    }

    [Fact]
    public void Should_Find_Nothing_When_Nobody_Converts() =>
        Assert.Equal(1, TwoProportionZTest.Compare(0, 500, 0, 500).PValue);
}
