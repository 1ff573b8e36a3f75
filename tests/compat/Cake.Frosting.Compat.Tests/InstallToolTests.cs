using Cake.Common.Tools.ReportGenerator;
using Cake.Core;
using Cake.Frosting.Compat.Tests.Fixtures;

namespace Cake.Frosting.Compat.Tests;

/// <summary>
/// A tool installed as a Cake user installs it, from the NuGet registry, then run through Cake.Common's alias for it.
/// </summary>
public sealed class InstallToolTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("qte-frosting-tool-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    [Trait("Category", "EndToEnd")]
    public void A_Dotnet_Tool_Installed_Before_The_Run_Runs_Through_Its_Alias()
    {
        var tools = Path.Combine(_directory.FullName, "tools");
        var coverage = Path.Combine(_directory.FullName, "coverage.cobertura.xml");
        File.WriteAllText(coverage, """
            <?xml version="1.0" encoding="utf-8"?>
            <coverage line-rate="1" branch-rate="1" lines-covered="1" lines-valid="1" branches-covered="0" branches-valid="0" version="1.9" timestamp="1">
              <sources><source>/src</source></sources>
              <packages><package name="Demo" line-rate="1" branch-rate="1"><classes>
                <class name="Demo.Greeter" filename="Greeter.cs" line-rate="1" branch-rate="1">
                  <methods/><lines><line number="1" hits="3"/></lines>
                </class>
              </classes></package></packages>
            </coverage>
            """);
        var fixture = new CakeHostFixture().WithTask<RunsReportGenerator>();
        fixture.Host
            .SetToolPath(tools)
            .InstallTool(new Uri("dotnet:?package=dotnet-reportgenerator-globaltool&version=5.6.0"))
            .UseCakeSetting("Qte_Coverage", coverage);

        var exitCode = fixture.Run("--target=RunsReportGenerator");

        Assert.True(exitCode == 0, fixture.Output);
        Assert.True(File.Exists(Path.Combine(tools, OperatingSystem.IsWindows() ? "reportgenerator.exe" : "reportgenerator")), fixture.Output);
        Assert.True(File.Exists(Path.Combine(_directory.FullName, "report", "index.html")), fixture.Output);
    }

    private sealed class RunsReportGenerator : FrostingTask
    {
        public override void Run(ICakeContext context)
        {
            var coverage = new Cake.Core.IO.FilePath(context.Configuration.GetValue("Qte_Coverage"));
            context.ReportGenerator(coverage, coverage.GetDirectory().Combine("report"));
        }
    }
}
