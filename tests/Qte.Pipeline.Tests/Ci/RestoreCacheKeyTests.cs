using Qte.Pipeline.Ci;

namespace Qte.Pipeline.Tests.Ci;

public sealed class RestoreCacheKeyTests
{
    private static TemporaryDirectory Repository()
    {
        var directory = new TemporaryDirectory();
        directory.Write("global.json", "{ \"sdk\": { \"version\": \"10.0.100\" } }\n");
        directory.Write("Directory.Packages.props", "<Project />\n");
        directory.Write("src/A/packages.lock.json", "{ \"a\": 1 }\n");
        directory.Write("tests/B/packages.lock.json", "{ \"b\": 1 }\n");
        directory.Write("src/A/obj/packages.lock.json", "ignored: build output\n");
        return directory;
    }

    [Fact]
    public void Should_Cover_The_Sdk_The_Central_Versions_And_Every_Lock_File()
    {
        using var directory = Repository();

        Assert.Equal(
            ["Directory.Packages.props", "global.json", "src/A/packages.lock.json", "tests/B/packages.lock.json"],
            RestoreCacheKey.InputFiles(directory.Path));
    }

    [Fact]
    public void Should_Change_When_A_Lock_File_Changes_And_Not_For_Line_Endings()
    {
        using var directory = Repository();
        var key = RestoreCacheKey.Compute(directory.Path);

        directory.Write("src/A/packages.lock.json", "{ \"a\": 1 }\r\n");
        Assert.Equal(key, RestoreCacheKey.Compute(directory.Path));

        directory.Write("src/A/packages.lock.json", "{ \"a\": 2 }\n");
        Assert.NotEqual(key, RestoreCacheKey.Compute(directory.Path));
        Assert.StartsWith("nuget-", key);
        Assert.Equal(38, key.Length);
    }
}
