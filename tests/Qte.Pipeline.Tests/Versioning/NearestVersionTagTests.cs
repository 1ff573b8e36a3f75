using Qte.Pipeline.Versioning;

namespace Qte.Pipeline.Tests.Versioning;

public sealed class NearestVersionTagTests
{
    [Fact]
    public void Should_Take_The_Nearest_Tag_When_It_Names_A_Version()
    {
        var (tag, ignored) = NearestVersionTag.Find(_ => "v1.4.0-3-gabc1234");

        Assert.Equal(new VersionTagDistance("v1.4.0", new SemanticVersion(1, 4, 0), 3), tag);
        Assert.Empty(ignored);
    }

    [Fact]
    public void Should_Pass_Over_Tags_That_Name_No_Version_And_Count_Every_Commit()
    {
        // HEAD is 2 past "v1.x", whose parent is 4 past "nightly", whose parent is 1 past v1.3.0.
        var descriptions = new Dictionary<string, string>
        {
            ["HEAD"] = "v1.x-2-gaaaaaaa",
            ["v1.x^"] = "nightly-4-gbbbbbbb",
            ["nightly^"] = "v1.3.0-1-gccccccc",
        };

        var (tag, ignored) = NearestVersionTag.Find(commitish => descriptions[commitish]);

        Assert.Equal(new VersionTagDistance("v1.3.0", new SemanticVersion(1, 3, 0), 2 + 1 + 4 + 1 + 1), tag);
        Assert.Equal(["v1.x", "nightly"], ignored);
    }

    [Fact]
    public void Should_Find_None_When_No_Tag_Is_Reachable()
    {
        var (tag, ignored) = NearestVersionTag.Find(commitish => commitish == "HEAD" ? "v1.x-0-gaaaaaaa" : string.Empty);

        Assert.Null(tag);
        Assert.Equal(["v1.x"], ignored);
    }
}
