using Qte.Delivery.Releases;

namespace Qte.Delivery.Tests.Releases;

public sealed class ReleaseImageTests
{
    private static readonly ReleaseManifest Manifest = new(
        "0.3.0-alpha.12-1a2b3c4d",
        "0.3.0-alpha.12+9f8e7d6",
        "9f8e7d6c5b4a39281706f5e4d3c2b1a098765432",
        new DateTimeOffset(2026, 11, 28, 19, 5, 7, TimeSpan.FromHours(1)),
        "1a2b3c4d");

    [Fact]
    public void Tags_Are_The_Release_Id_First_Then_The_Version_The_Short_Sha_And_Latest()
    {
        var image = ReleaseImage.Of(ReleaseImage.ServiceRepository, Manifest);

        Assert.Equal(["0.3.0-alpha.12-1a2b3c4d", "0.3.0-alpha.12", "9f8e7d6", "latest"], image.Tags);
        Assert.Equal("qte/service:0.3.0-alpha.12-1a2b3c4d", image.Reference);
    }

    [Fact]
    public void Labels_Carry_The_Git_Version_The_Commit_And_The_Creation_Time_In_Utc()
    {
        var labels = ReleaseImage.Of(ReleaseImage.RouterRepository, Manifest).Labels;

        Assert.Equal("0.3.0-alpha.12+9f8e7d6", labels["org.opencontainers.image.version"]);
        Assert.Equal(Manifest.Commit, labels["org.opencontainers.image.revision"]);
        Assert.Equal("2026-11-28T18:05:07Z", labels["org.opencontainers.image.created"]);
        Assert.Equal(Manifest.Id, labels["qte.release"]);
    }

    [Fact]
    public void A_Release_Without_A_Commit_Has_No_Sha_Tag()
    {
        var image = ReleaseImage.Of(ReleaseImage.ServiceRepository, Manifest with { Commit = string.Empty });

        Assert.Equal(["0.3.0-alpha.12-1a2b3c4d", "0.3.0-alpha.12", "latest"], image.Tags);
    }

    [Theory]
    [InlineData("1.2.3+abc.dirty", "1.2.3-abc.dirty")]
    [InlineData("-leading", "_leading")]
    [InlineData("feature/x y", "feature-x-y")]
    public void A_Tag_Keeps_Only_What_Docker_Allows(string text, string tag) => Assert.Equal(tag, ReleaseImage.TagOf(text));

    [Fact]
    public void A_Tag_Is_At_Most_128_Characters() => Assert.Equal(128, ReleaseImage.TagOf(new string('a', 300)).Length);
}
