using System.Diagnostics;
using Qte.Pipeline.Quality;
using Qte.Pipeline.Quality.Analyzers;

namespace Qte.Pipeline.Tests.Quality.Analyzers;

/// <summary>A real compile of a scratch project at AnalysisLevel latest-recommended, its SARIF log read by the gate.</summary>
[Trait("Category", "EndToEnd")]
public sealed class AnalyzerBuildTests : IDisposable
{
    private readonly TemporaryDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Should_Fail_The_Gate_Naming_The_File_And_Rule_Of_A_New_Analyzer_Warning()
    {
        _root.Write("Scratch.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <AnalysisLevel>latest-recommended</AnalysisLevel>
                <ErrorLog>$(MSBuildProjectDirectory)/analyzers.sarif,version=2.1</ErrorLog>
              </PropertyGroup>
            </Project>
            """);
        _root.Write("Prices.cs", """
            namespace Scratch;

            public sealed class Prices
            {
                public int Zero() => 0;
            }
            """);

        var start = new ProcessStartInfo("dotnet", ["build", _root.Path, "-nologo", "-v", "q"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using (var build = Process.Start(start)!)
        {
            var output = build.StandardOutput.ReadToEndAsync();
            await build.WaitForExitAsync();
            Assert.True(build.ExitCode == 0, await output);
        }

        var log = new SarifLog(_root.Path);
        log.Add(Path.Combine(_root.Path, "analyzers.sarif"));
        var result = AnalyzersGate.Evaluate(log.Findings, new AnalyzersGateSettings(GateSwitch.On, 0));

        Assert.Equal(GateVerdict.Fail, result.Verdict);
        Assert.StartsWith("Prices.cs(5,16): warning CA1822: Member 'Zero' does not access instance data", Assert.Single(result.Findings));
    }
}
