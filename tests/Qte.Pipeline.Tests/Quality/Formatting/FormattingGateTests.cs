using System.Diagnostics;
using Qte.Pipeline.Quality;
using Qte.Pipeline.Quality.Formatting;

namespace Qte.Pipeline.Tests.Quality.Formatting;

public sealed class FormattingGateTests : IDisposable
{
    private readonly TemporaryDirectory _root = new();

    public void Dispose() => _root.Dispose();

    // The real tool on a real file: dotnet format's folder mode needs no project.
    private async Task<IReadOnlyList<Finding>> FormatAsync()
    {
        var report = Path.Combine(_root.Path, "format-report.json");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _root.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])["format", "whitespace", "--folder", "--verify-no-changes", "--report", report, _root.Path])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        await process.WaitForExitAsync();
        return FormatReport.Read(report, _root.Path);
    }

    [Fact]
    [Trait("Category", "EndToEnd")]
    public async Task Should_Name_The_File_And_Rule_Of_A_Whitespace_Violation_From_Dotnet_Format()
    {
        _root.Write("src/Good.cs", "namespace Sample;\n\npublic static class Good\n{\n    public static int One() => 1;\n}\n");
        _root.Write("src/Bad.cs", "namespace Sample;\n\npublic static class Bad\n{\n public static int   Two() => 2;\n}\n");

        var findings = await FormatAsync();
        var result = FormattingGate.Evaluate(findings, new FormattingGateSettings(GateSwitch.On, 0));

        Assert.Equal(GateVerdict.Fail, result.Verdict);
        Assert.All(findings, f => Assert.Equal(("src/Bad.cs", "WHITESPACE"), (f.File, f.Rule)));
        Assert.StartsWith("src/Bad.cs: WHITESPACE line 5", Assert.Single(result.Findings));
    }

    [Fact]
    public void Should_Count_Files_Not_Findings_And_Pass_Within_The_Maximum()
    {
        Finding[] findings =
        [
            new("WHITESPACE", "warning", "src/A.cs", 1, 1, "Fix whitespace"),
            new("IDE0161", "warning", "src/A.cs", 3, 1, "Convert to file-scoped namespace"),
            new("WHITESPACE", "warning", "src/B.cs", 2, 1, "Fix whitespace"),
        ];

        var result = FormattingGate.Evaluate(findings, new FormattingGateSettings(GateSwitch.On, 2));

        Assert.Equal(GateVerdict.Pass, result.Verdict);
        Assert.Equal("2 file(s) with 3 formatting or style finding(s)", result.Measured);
        Assert.Equal(["src/A.cs: WHITESPACE line 1, IDE0161 line 3", "src/B.cs: WHITESPACE line 2"], result.Findings);
    }

    [Fact]
    public void Should_Read_No_Findings_Without_A_Report_And_Refuse_A_Report_That_Is_Not_A_List()
    {
        Assert.Empty(FormatReport.Read(Path.Combine(_root.Path, "none.json"), _root.Path));
        Assert.Throws<InvalidDataException>(() => FormatReport.Read(_root.Write("r.json", "{}"), _root.Path));
    }
}
