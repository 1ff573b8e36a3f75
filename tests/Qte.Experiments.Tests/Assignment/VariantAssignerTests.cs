using System.Globalization;
using Qte.Experiments.Assignment;

namespace Qte.Experiments.Tests.Assignment;

public sealed class VariantAssignerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Should_Give_A_User_The_Same_Group_Every_Time()
    {
        var experiment = Experiments.CheckoutFlow();

        var groups = Enumerable.Range(0, 5).Select(_ => VariantAssigner.Assign(experiment, "user-42", Now)).Distinct();

        Assert.Single(groups);
    }

    [Fact]
    public void Should_Place_Users_By_The_Cumulative_Split_Of_The_Hash()
    {
        // user-7 hashes (version 2, seed checkout-flow) into the bucket the split 50/25/25 gives: checked by hand.
        var experiment = Experiments.CheckoutFlow();
        var bucket = BucketHash.Hash("checkout-flow", "user-7")!.Value;
        var expected = bucket < 0.5 ? "control" : bucket < 0.75 ? "variant_a" : "variant_b";

        Assert.Equal(expected, VariantAssigner.Assign(experiment, "user-7", Now));
    }

    [Fact]
    public void Should_Split_Many_Users_Close_To_The_Declared_Shares()
    {
        var experiment = Experiments.CheckoutFlow();

        var counts = Enumerable.Range(0, 20_000)
            .GroupBy(i => VariantAssigner.Assign(experiment, "u" + i.ToString(CultureInfo.InvariantCulture), Now))
            .ToDictionary(g => g.Key, g => g.Count());

        Assert.InRange(counts["control"], 9_700, 10_300);
        Assert.InRange(counts["variant_a"], 4_800, 5_200);
        Assert.InRange(counts["variant_b"], 4_800, 5_200);
    }

    [Fact]
    public void Should_Serve_Everyone_Control_When_The_Experiment_Is_Disabled()
    {
        var experiment = Experiments.CheckoutFlow(enabled: false);

        var groups = Enumerable.Range(0, 200).Select(i => VariantAssigner.Assign(experiment, "u" + i.ToString(CultureInfo.InvariantCulture), Now)).Distinct();

        Assert.Equal(["control"], groups);
    }

    [Fact]
    public void Should_Serve_Everyone_Control_Before_The_Start()
    {
        var experiment = Experiments.CheckoutFlow(start: Now.AddDays(1));

        var groups = Enumerable.Range(0, 200).Select(i => VariantAssigner.Assign(experiment, "u" + i.ToString(CultureInfo.InvariantCulture), Now)).Distinct();

        Assert.Equal(["control"], groups);
    }
}
