using Qte.Delivery.Statistics;

namespace Qte.Delivery.Tests.Statistics;

public sealed class NearestRankTests
{
    // numpy 1.24 (Debian python3-numpy): numpy.percentile([15, 20, 35, 40, 50], q, method="inverted_cdf") gives
    // 20, 20, 35, 50, 50, 15 for q = 30, 40, 41, 95, 100, 0.
    [Theory]
    [InlineData(30, 20)]
    [InlineData(40, 20)]
    [InlineData(41, 35)]
    [InlineData(95, 50)]
    [InlineData(100, 50)]
    [InlineData(0, 15)]
    public void Should_Pick_The_Smallest_Sample_With_At_Least_P_Percent_At_Or_Below_It(double percent, double expected) =>
        Assert.Equal(expected, NearestRank.Percentile([15, 20, 35, 40, 50], percent));

    [Fact]
    public void Should_Refuse_No_Samples() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NearestRank.Percentile([], 50));
}
