using Qte.Experiments.Assignment;

namespace Qte.Experiments.Tests.Assignment;

public sealed class BucketHashTests
{
    // GrowthBook's published SDK test vectors: packages/sdk-js/test/cases.json, "hash" (seed, value, version, bucket).
    [Theory]
    [InlineData("", "a", 1, 0.22)]
    [InlineData("", "b", 1, 0.077)]
    [InlineData("b", "a", 1, 0.946)]
    [InlineData("ef", "d", 1, 0.652)]
    [InlineData("asdf", "8952klfjas09ujk", 1, 0.549)]
    [InlineData("", "123", 1, 0.011)]
    [InlineData("", "___)((*\":&", 1, 0.563)]
    [InlineData("seed", "a", 2, 0.0505)]
    [InlineData("seed", "b", 2, 0.2696)]
    [InlineData("foo", "ab", 2, 0.2575)]
    [InlineData("foo", "def", 2, 0.2019)]
    [InlineData("89123klj", "8952klfjas09ujkasdf", 2, 0.124)]
    [InlineData("90850943850283058242805", "123", 2, 0.7516)]
    [InlineData("()**(%$##$%#$#", "___)((*\":&", 2, 0.0128)]
    public void Should_Match_GrowthBooks_Test_Vectors(string seed, string value, int version, double bucket) =>
        Assert.Equal(bucket, BucketHash.Hash(seed, value, version)!.Value, 10);

    [Fact]
    public void Should_Give_No_Bucket_For_An_Unknown_Version() =>
        Assert.Null(BucketHash.Hash("abc", "def", 99));
}
