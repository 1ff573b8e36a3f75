using Qte.Experiments.Analysis;

namespace Qte.Experiments.Tests.Analysis;

public sealed class HolmBonferroniTests
{
    [Fact]
    public void Should_Step_Down_And_Keep_The_Adjusted_Values_Monotone()
    {
        // By hand: sorted 0.005, 0.01, 0.03, 0.04 times 4, 3, 2, 1 = 0.02, 0.03, 0.06, 0.04 -> running max 0.02, 0.03, 0.06, 0.06.
        var adjusted = HolmBonferroni.Adjust([0.01, 0.04, 0.03, 0.005]);

        Assert.Equal([0.03, 0.06, 0.06, 0.02], adjusted.Select(p => Math.Round(p, 12)));
    }

    [Fact]
    public void Should_Cap_At_One() =>
        Assert.Equal([1.0, 1.0], HolmBonferroni.Adjust([0.6, 0.9]));
}
