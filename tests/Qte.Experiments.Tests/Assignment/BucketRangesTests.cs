using Qte.Experiments.Assignment;

namespace Qte.Experiments.Tests.Assignment;

public sealed class BucketRangesTests
{
    // GrowthBook's published SDK test vectors: packages/sdk-js/test/cases.json, "getBucketRange".
    public static TheoryData<int, double, double[]?, double[]> Vectors => new()
    {
        { 2, 1, null, [0, 0.5, 0.5, 1] },
        { 2, 0.5, null, [0, 0.25, 0.5, 0.75] },
        { 2, 0, null, [0, 0, 0.5, 0.5] },
        { 4, 1, null, [0, 0.25, 0.25, 0.5, 0.5, 0.75, 0.75, 1] },
        { 2, 1, [0.4, 0.6], [0, 0.4, 0.4, 1] },
        { 3, 1, [0.2, 0.3, 0.5], [0, 0.2, 0.2, 0.5, 0.5, 1] },
        { 3, 0.2, [0.2, 0.3, 0.5], [0, 0.04, 0.2, 0.26, 0.5, 0.6] },
        { 2, -0.2, null, [0, 0, 0.5, 0.5] },
        { 2, 1.5, null, [0, 0.5, 0.5, 1] },
        { 2, 1, [0.4, 0.1], [0, 0.5, 0.5, 1] },
        { 2, 1, [0.7, 0.6], [0, 0.5, 0.5, 1] },
        { 4, 1, [0.4, 0.4, 0.2], [0, 0.25, 0.25, 0.5, 0.5, 0.75, 0.75, 1] },
        { 2, 1, [0.4, 0.5999], [0, 0.4, 0.4, 0.9999] },
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Should_Match_GrowthBooks_Test_Vectors(int variations, double coverage, double[]? weights, double[] expected)
    {
        var ranges = BucketRanges.Get(variations, coverage, weights);

        Assert.Equal(expected, ranges.SelectMany(r => new[] { Math.Round(r.Start, 6), Math.Round(r.End, 6) }));
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.4999, 0)]
    [InlineData(0.5, 1)]
    [InlineData(0.9999, 1)]
    public void Should_Choose_The_Range_That_Holds_The_Bucket(double bucket, int expected) =>
        Assert.Equal(expected, BucketRanges.Choose(bucket, BucketRanges.Get(2, 1, null)));

    [Fact]
    public void Should_Choose_None_Outside_The_Coverage() =>
        Assert.Equal(-1, BucketRanges.Choose(0.3, BucketRanges.Get(2, 0.5, null)));
}
