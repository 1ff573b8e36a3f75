using Qte.Delivery.Canary;

namespace Qte.Delivery.Tests.Canary;

public sealed class MannWhitneyUTests
{
    [Fact]
    public void Should_Give_The_Textbook_U_And_P_Value_For_Separated_Samples()
    {
        // U = 9 of 9; z = (9 - 4.5 - 0.5) / sqrt(3 * 3 / 12 * 7) = 1.7457; one-sided p = 0.0404 (as scipy's asymptotic test).
        var result = MannWhitneyU.Test([4, 5, 6], [1, 2, 3]);

        Assert.Equal(9, result.U);
        Assert.Equal(1.7457, result.Z, 4);
        Assert.Equal(0.0404, result.PValue, 4);
    }

    [Fact]
    public void Should_Average_The_Ranks_Of_Ties()
    {
        // Ranks of 1, 2, 2, 2, 3: 1, 3, 3, 3, 5; the canary holds 2 (rank 3) and 3 (rank 5): U = 8 - 3 = 5.
        var result = MannWhitneyU.Test([2, 3], [1, 2, 2]);

        Assert.Equal(5, result.U);
    }

    [Theory]
    // References from scipy 1.10.1 (Debian python3-scipy):
    //   scipy.stats.mannwhitneyu(canary, stable, alternative='greater', use_continuity=True, method='asymptotic')
    // whose variance carries the same tie correction: 71.5, 0.12688724422461295 and 19.0, 0.9244043648225125.
    [InlineData(new double[] { 5, 5, 6, 7, 7, 7, 9, 12, 12, 15 }, new double[] { 4, 5, 5, 5, 6, 6, 7, 8, 9, 9, 10 }, 71.5, 0.12688724422461295)]
    [InlineData(new double[] { 1, 2, 2, 3, 3, 3, 4 }, new double[] { 2, 2, 3, 3, 3, 4, 4, 4, 5 }, 19.0, 0.9244043648225125)]
    public void Should_Match_Scipy_On_Samples_With_Ties(double[] canary, double[] stable, double u, double pValue)
    {
        var result = MannWhitneyU.Test(canary, stable);

        Assert.Equal(u, result.U);
        Assert.Equal(pValue, result.PValue, 6);
    }

    [Fact]
    public void Should_Find_No_Difference_Between_Samples_Of_One_Distribution()
    {
        var random = new Random(1);
        var canary = Enumerable.Range(0, 400).Select(_ => 2 + random.NextDouble()).ToArray();
        var stable = Enumerable.Range(0, 400).Select(_ => 2 + random.NextDouble()).ToArray();

        Assert.True(MannWhitneyU.Test(canary, stable).PValue > 0.05);
    }

    [Fact]
    public void Should_Find_A_Slower_Canary_Significant_And_A_Faster_One_Not()
    {
        var random = new Random(2);
        var stable = Enumerable.Range(0, 200).Select(_ => 2 + random.NextDouble()).ToArray();
        var slower = stable.Select(v => v + 0.5).ToArray();
        var faster = stable.Select(v => v - 0.5).ToArray();

        Assert.True(MannWhitneyU.Test(slower, stable).PValue < 1e-6);
        Assert.True(MannWhitneyU.Test(faster, stable).PValue > 0.999);
    }

    [Fact]
    public void Should_Give_No_Evidence_When_Every_Sample_Is_Equal()
    {
        var result = MannWhitneyU.Test([1, 1, 1], [1, 1]);

        Assert.Equal(1, result.PValue);
    }
}
