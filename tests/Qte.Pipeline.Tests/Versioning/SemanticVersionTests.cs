using Qte.Pipeline.Versioning;

namespace Qte.Pipeline.Tests.Versioning;

public sealed class SemanticVersionTests
{
    [Theory]
    [InlineData("1.4.0", 1, 4, 0, "", "")]
    [InlineData("2.0.0-rc.1", 2, 0, 0, "rc.1", "")]
    [InlineData("1.4.1-alpha.3+abc1234", 1, 4, 1, "alpha.3", "abc1234")]
    [InlineData("0.0.0-local", 0, 0, 0, "local", "")]
    public void Should_Parse_A_SemVer_Version(string text, int major, int minor, int patch, string preRelease, string metadata)
    {
        Assert.True(SemanticVersion.TryParse(text, out var version));
        Assert.Equal(new SemanticVersion(major, minor, patch, preRelease, metadata), version);
        Assert.Equal(text, version.ToString());
    }

    [Theory]
    [InlineData("1.x")]
    [InlineData("1.4")]
    [InlineData("01.4.0")]
    [InlineData("1.4.0-")]
    [InlineData("v1.4.0")]
    [InlineData("")]
    [InlineData(null)]
    public void Should_Refuse_What_Is_Not_SemVer(string? text) => Assert.False(SemanticVersion.TryParse(text, out _));

    [Fact]
    public void Should_Give_The_Version_Without_Metadata() =>
        Assert.Equal("1.4.1-alpha.3", new SemanticVersion(1, 4, 1, "alpha.3", "abc1234").WithoutMetadata);
}
