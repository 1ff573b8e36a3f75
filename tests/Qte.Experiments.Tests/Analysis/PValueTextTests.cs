using Qte.Experiments.Analysis;

namespace Qte.Experiments.Tests.Analysis;

public sealed class PValueTextTests
{
    [Theory]
    [InlineData(0.0, "< 1e-10")]
    [InlineData(1e-12, "< 1e-10")]
    [InlineData(1e-10, "1.0e-10")]
    [InlineData(0.0002, "2.0e-4")]
    [InlineData(0.00099, "9.9e-4")]
    [InlineData(0.001, "0.001")]
    [InlineData(0.0234, "0.023")]
    [InlineData(1.0, "1")]
    public void Should_Never_Print_Zero_And_Keep_Small_Values_Readable(double p, string expected) =>
        Assert.Equal(expected, PValueText.Format(p));

    [Fact]
    public void Should_State_A_Tiny_P_Value_As_A_Bound()
    {
        Assert.Equal("p < 1e-10", PValueText.Stated(3e-17));
        Assert.Equal("p = 0.045", PValueText.Stated(0.045));
    }
}
