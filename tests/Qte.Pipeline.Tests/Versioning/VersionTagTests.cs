using Qte.Pipeline.Versioning;

namespace Qte.Pipeline.Tests.Versioning;

public sealed class VersionTagTests
{
    [Theory]
    [InlineData("v1.4.0", "1.4.0")]
    [InlineData("1.4.0", "1.4.0")]
    [InlineData("V2.0.0-rc.1", "2.0.0-rc.1")]
    public void Should_Read_The_Version_A_Tag_Names(string tag, string expected) =>
        Assert.Equal(expected, VersionTag.Parse(tag)?.ToString());

    [Theory]
    [InlineData("v1.x")]
    [InlineData("nightly")]
    [InlineData("release-1.4.0")]
    [InlineData("v1.4.0+build.5")]
    public void Should_Say_Nothing_For_A_Tag_That_Names_No_Version(string tag) => Assert.Null(VersionTag.Parse(tag));
}
