using Newtonsoft.Json.Linq;
using Qte.Pipeline.Coverage;

namespace Qte.Pipeline.Tests.Coverage;

public sealed class CoverageFilesTests
{
    [Fact]
    public void Should_Write_The_Verdict_For_Tools_And_For_People()
    {
        using var directory = new TemporaryDirectory();
        var summary = CoverageSummary.Create(directory.Path, [
            new CoveredClass("Lib.A", Path.Combine(directory.Path, "src", "A.cs"), [new(1, 1, 0, 0), new(2, 0, 0, 0)]),
            new CoveredClass("Cake.B", Path.Combine(directory.Path, "src", "compat", "B.cs"), [new(1, 1, 1, 2)]),
        ]);
        var result = CoverageGate.Evaluate(summary, CoverageThresholds.Default);

        CoverageFiles.Write(directory.Path, summary, CoverageThresholds.Default, result, "no previous run");

        var json = JObject.Parse(File.ReadAllText(Path.Combine(directory.Path, CoverageFiles.JsonFileName)));
        Assert.False((bool)json["passed"]!);
        Assert.Equal(50.0, (double)json["scopes"]!["Product"]!["linePercent"]!);
        Assert.Equal("Lib.A", (string)json["leastCovered"]![0]!["class"]!);
        var markdown = File.ReadAllText(Path.Combine(directory.Path, CoverageFiles.MarkdownFileName));
        Assert.Contains("| Product | 50.0 % (1/2) | 100.0 % (0/0) | yes (80 % / 70 %) |", markdown);
        Assert.Contains("| Compat | 100.0 % (1/1) | 50.0 % (1/2) | no |", markdown);
    }
}
