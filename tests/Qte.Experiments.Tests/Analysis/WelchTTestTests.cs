using Qte.Experiments.Analysis;
using static Qte.Experiments.Tests.Analysis.DistributionsTests;

namespace Qte.Experiments.Tests.Analysis;

public sealed class WelchTTestTests
{
    // Control mean 3.0, sd 1.7, n 800; variant mean 3.25, sd 2.1, n 400. Reference from scipy 1.10 in Python:
    //   scipy.stats.ttest_ind_from_stats(3.25, 2.1, 400, 3.0, 1.7, 800, equal_var=False) -> t, p
    //   df = (va + vb)^2 / (va^2 / 399 + vb^2 / 799), va = 2.1^2 / 400, vb = 1.7^2 / 800
    //   interval: 0.25 -/+ scipy.stats.t.ppf(0.975, df) * sqrt(va + vb)
    //   relative: 1/12 -/+ norm.ppf(0.975) * sqrt(va / 3^2 + 3.25^2 vb / 3^4) (delta method)
    [Fact]
    public void Should_Give_T_Degrees_Of_Freedom_P_Value_And_Intervals_As_Scipy()
    {
        var result = WelchTTest.Compare(new SampleMoments(800, 3.0, 1.7 * 1.7), new SampleMoments(400, 3.25, 2.1 * 2.1));

        AssertClose(2.066362704109797, result.Statistic);
        AssertClose(667.5251854133335, result.DegreesOfFreedom!.Value);
        AssertClose(0.0391794106123645, result.PValue);
        AssertClose(0.012441976687691508, result.AbsoluteInterval.Lower);
        AssertClose(0.48755802331230846, result.AbsoluteInterval.Upper);
        AssertClose(0.08333333333333326, result.RelativeUplift!.Value);
        AssertClose(0.0026153044026986094, result.RelativeInterval!.Lower);
        AssertClose(0.1640513622639679, result.RelativeInterval.Upper);
    }

    [Fact]
    public void Should_Compute_Moments_From_Sums_With_The_Unbiased_Variance()
    {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sample variance 32 / 7.
        var moments = SampleMoments.FromSums(8, 40, 232);

        Assert.Equal(5, moments.Mean);
        AssertClose(32.0 / 7, moments.Variance);
    }
}
