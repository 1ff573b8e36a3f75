using Newtonsoft.Json.Linq;
using Qte.Pipeline.Ci;

namespace Qte.Pipeline.Tests.Ci;

public sealed class BuildInfoTests
{
    [Fact]
    public void Should_Write_Version_Commit_Branch_Time_Ci_Os_And_Sdk()
    {
        using var directory = new TemporaryDirectory();
        var info = new BuildInfo(
            "1.4.1-alpha.3+abc1234", "1.4.1-alpha.3", "1.4.0.0", "1.4.1.3", "3 commits past tag v1.4.0",
            "abc1234def", "main", false, new DateTimeOffset(2026, 11, 28, 5, 6, 7, TimeSpan.FromHours(2)),
            new CiRun("GitHubActions", "123456", "42"), "Linux (X64)", "10.0.100",
            new Dictionary<string, string> { ["Qte.Service"] = "1.4.1-alpha.3+abc1234" });
        var path = Path.Combine(directory.Path, BuildInfo.FileName);

        info.Write(path);

        var json = JObject.Parse(File.ReadAllText(path));
        Assert.Equal("1.4.1-alpha.3+abc1234", (string)json["version"]!);
        Assert.Equal("abc1234def", (string)json["commit"]!);
        Assert.Equal("main", (string)json["branch"]!);
        Assert.Contains("\"buildTimeUtc\": \"2026-11-28T03:06:07Z\"", File.ReadAllText(path));
        Assert.Equal("GitHubActions", (string)json["ci"]!["provider"]!);
        Assert.Equal("42", (string)json["ci"]!["runNumber"]!);
        Assert.Equal("10.0.100", (string)json["sdkVersion"]!);
        Assert.Equal("1.4.1-alpha.3+abc1234", (string)json["assemblies"]!["Qte.Service"]!);
    }
}
