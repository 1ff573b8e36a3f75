using Qte.Pipeline.Versioning;

namespace Qte.Pipeline.Tests.Versioning;

public sealed class GitDescriptionTests
{
    [Theory]
    [InlineData("v1.4.0-3-gabc1234", "v1.4.0", 3, "abc1234")]
    [InlineData("v2.0.0-rc.1-0-g0123456", "v2.0.0-rc.1", 0, "0123456")]
    [InlineData("release-candidate-12-gdeadbeef", "release-candidate", 12, "deadbeef")]
    public void Should_Read_Tag_Count_And_Sha_From_The_Right(string text, string tag, int count, string sha) =>
        Assert.Equal(new GitDescription(tag, count, sha), GitDescription.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("v1.4.0")]
    [InlineData("v1.4.0-x-gabc1234")]
    [InlineData("v1.4.0-3-gnothex")]
    public void Should_Say_Nothing_For_Text_Not_In_The_Long_Form(string? text) => Assert.Null(GitDescription.Parse(text));
}
