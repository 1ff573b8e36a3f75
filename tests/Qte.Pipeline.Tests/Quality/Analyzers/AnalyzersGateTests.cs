using Qte.Pipeline.Quality;
using Qte.Pipeline.Quality.Analyzers;

namespace Qte.Pipeline.Tests.Quality.Analyzers;

public sealed class AnalyzersGateTests
{
    private static readonly Finding[] Findings =
    [
        new("CA1822", "warning", "src/B.cs", 9, 1, "Mark members as static"),
        new("CA1822", "warning", "src/A.cs", 3, 1, "Mark members as static"),
        new("CA1310", "warning", "src/A.cs", 5, 1, "Specify StringComparison"),
        new("IDE0161", "warning", "src/C.cs", 1, 1, "Convert to file-scoped namespace"),
        new("SYSLIB1045", "note", "src/D.cs", 1, 1, "Use GeneratedRegex"),
    ];

    [Fact]
    public void Should_Count_Warnings_By_Rule_Without_Style_Rules_Or_Notes()
    {
        var result = AnalyzersGate.Evaluate(Findings, new AnalyzersGateSettings(GateSwitch.On, 0));

        Assert.Equal(GateVerdict.Fail, result.Verdict);
        Assert.Equal("3 warning(s): CA1822 (warning) x2, CA1310 (warning) x1", result.Measured);
        Assert.Equal("src/A.cs(3,1): warning CA1822: Mark members as static", result.Findings[0]);
        Assert.Equal(3, result.Findings.Count);
    }

    [Theory]
    [InlineData(3, GateMode.Fail, GateVerdict.Pass)]
    [InlineData(2, GateMode.Warn, GateVerdict.Warn)]
    public void Should_Judge_Against_The_Maximum_By_Mode(int maxWarnings, GateMode mode, GateVerdict expected) =>
        Assert.Equal(expected, AnalyzersGate.Evaluate(Findings, new AnalyzersGateSettings(new GateSwitch(true, mode), maxWarnings)).Verdict);

    [Fact]
    public void Should_Say_Off_When_Turned_Off() =>
        Assert.Equal(GateVerdict.Off, AnalyzersGate.Evaluate(Findings, new AnalyzersGateSettings(new GateSwitch(false, GateMode.Fail), 0)).Verdict);
}
