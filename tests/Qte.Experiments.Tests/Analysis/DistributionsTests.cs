using Qte.Experiments.Analysis;

namespace Qte.Experiments.Tests.Analysis;

/// <summary>
/// Reference values from scipy 1.10 (Debian bookworm's python3-scipy), printed with repr():
/// scipy.stats.norm.sf / norm.ppf, scipy.stats.t.sf / t.ppf, scipy.stats.chi2.sf with the arguments of each case.
/// </summary>
public sealed class DistributionsTests
{
    [Theory]
    [InlineData(6.2, 2.823158037043268e-10)]
    [InlineData(-1.3, 0.9031995154143897)]
    public void Should_Give_The_Normal_Tail_As_Scipy(double z, double expected) =>
        AssertClose(expected, Distributions.NormalSurvival(z));

    [Theory]
    [InlineData(0.975, 1.959963984540054)]
    [InlineData(0.001, -3.090232306167813)]
    public void Should_Give_The_Normal_Quantile_As_Scipy(double p, double expected) =>
        AssertClose(expected, Distributions.NormalQuantile(p));

    [Theory]
    [InlineData(2.1, 7.5, 0.03561853572903902)]
    [InlineData(1.7, 1500.5, 0.04466908336034669)]
    public void Should_Give_The_Student_T_Tail_As_Scipy(double t, double degrees, double expected) =>
        AssertClose(expected, Distributions.StudentTSurvival(t, degrees));

    [Theory]
    [InlineData(0.975, 7.5, 2.333039626555376)]
    [InlineData(0.995, 3, 5.84090929975643)]
    public void Should_Give_The_Student_T_Quantile_As_Scipy(double p, double degrees, double expected) =>
        AssertClose(expected, Distributions.StudentTQuantile(p, degrees));

    [Theory]
    [InlineData(15.3, 2, 0.00047604412902226955)]
    [InlineData(3.2, 5, 0.6691829020332432)]
    public void Should_Give_The_Chi_Square_Tail_As_Scipy(double x, double degrees, double expected) =>
        AssertClose(expected, Distributions.ChiSquareSurvival(x, degrees));

    internal static void AssertClose(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-6 * Math.Max(1, Math.Abs(expected)), $"expected {expected:R}, got {actual:R}");
}
