using Cake.Common.Tools.ReportGenerator;
using Cake.Core;
using Cake.Frosting.Compat.Tests.Fixtures;
using Cake.Frosting.Compat.Tests.Tasks;

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
        var coverage = CoverageFile.WriteIn(_directory.FullName);
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

    // A URI the registry cannot serve is one line naming it and what is wrong, before any task, and the tools folder
    // is left as it was. These ask no registry.
    [Theory]
    [InlineData("dotnet:?version=1.0.0", "Query string parameter 'package' is missing in package reference.")]
    [InlineData("dotnet:?package=dotnet-reportgenerator-globaltool&version=x.y", "the version 'x.y' is not a NuGet version")]
    public void A_Uri_That_Cannot_Be_Installed_Stops_The_Run_In_One_Line(string uri, string problem) =>
        AssertRefused(uri, problem);

    // End to end: NuGet's client retries a registry that does not answer for about 12 s before it gives up.
    [Fact]
    [Trait("Category", "EndToEnd")]
    public void A_Registry_That_Does_Not_Answer_Stops_The_Run_In_One_Line() =>
        AssertRefused(
            "dotnet:http://127.0.0.1:9/v3/index.json?package=dotnet-reportgenerator-globaltool&version=5.6.0",
            "no NuGet registry answered: http://127.0.0.1:9/v3/index.json");

    [Theory]
    [Trait("Category", "EndToEnd")]
    [InlineData("dotnet:?package=qte-no-such-tool-4f1c&version=1.0.0", "no package 'qte-no-such-tool-4f1c' in ")]
    [InlineData("nuget:?package=qte-no-such-tool-4f1c&version=1.0.0", "no package 'qte-no-such-tool-4f1c' in ")]
    [InlineData("dotnet:?package=dotnet-reportgenerator-globaltool&version=99.0.0", "'dotnet-reportgenerator-globaltool' has no version 99.0.0 in ")]
    [InlineData("dotnet:?package=Newtonsoft.Json&version=13.0.3", "Failed to install tool 'Newtonsoft.Json'.")]
    public void A_Package_The_Registry_Lacks_Or_Cannot_Install_Stops_The_Run_And_Leaves_Nothing(string uri, string problem) =>
        AssertRefused(uri, problem);

    private void AssertRefused(string uri, string problem)
    {
        var tools = Directory.CreateDirectory(Path.Combine(_directory.FullName, "tools"));
        File.WriteAllText(Path.Combine(tools.FullName, "installed-before.txt"), "kept");
        var fixture = new CakeHostFixture().WithTask<First>();
        fixture.Host.SetToolPath(tools.FullName).InstallTool(new Uri(uri));

        var exitCode = fixture.Run("--target=First");

        Assert.NotEqual(0, exitCode);
        Assert.Empty(fixture.Log.Entries);
        var line = Assert.Single(fixture.Output.Split('\n'), l => l.Contains("InstallTool ", StringComparison.Ordinal));
        Assert.StartsWith($"Error: InstallTool {uri}: ", line, StringComparison.Ordinal);
        Assert.Contains(problem, line, StringComparison.Ordinal);
        Assert.Equal(["installed-before.txt"], tools.EnumerateFileSystemInfos().Select(entry => entry.Name));
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
