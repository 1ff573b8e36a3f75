using LibGit2Sharp;
using Qte.Build.Tests.Fixtures;

namespace Qte.Build.Tests.Tasks;

/// <summary>
/// The AffectedTests task on a real git repository with three projects (Core; Web, which references Core; Tool)
/// and a test project each: what a commit, an uncommitted edit or a shared build file reaches.
/// </summary>
public sealed class AffectedTestsTaskTests : IDisposable
{
    private readonly BuildHostFixture _fixture = new();
    private readonly ScratchGitRepository _git;

    public AffectedTestsTaskTests()
    {
        Write(Qte.Build.BuildPaths.SolutionFileName, "<Solution>" + string.Concat(
            ((string[])["src/Core/Core.csproj", "src/Web/Web.csproj", "src/Tool/Tool.csproj", "tests/Core.Tests/Core.Tests.csproj", "tests/Web.Tests/Web.Tests.csproj", "tests/Tool.Tests/Tool.Tests.csproj"])
            .Select(p => $"<Project Path=\"{p}\" />")) + "</Solution>");
        Project("src/Core/Core.csproj");
        Project("src/Web/Web.csproj", "../Core/Core.csproj");
        Project("src/Tool/Tool.csproj");
        Project("tests/Core.Tests/Core.Tests.csproj", "../../src/Core/Core.csproj");
        Project("tests/Web.Tests/Web.Tests.csproj", "../../src/Web/Web.csproj");
        Project("tests/Tool.Tests/Tool.Tests.csproj", "../../src/Tool/Tool.csproj");
        _git = new ScratchGitRepository(_fixture.Root);
        _git.Commit();
    }

    public void Dispose()
    {
        _git.Dispose();
        _fixture.Dispose();
    }

    private void Write(string path, string contents)
    {
        var full = Path.Combine(_fixture.Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, contents);
    }

    private void Project(string path, params string[] references) =>
        Write(path, $"<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup>{string.Concat(references.Select(r => $"<ProjectReference Include=\"{r}\" />"))}</ItemGroup></Project>");

    private void CommitFile(string path)
    {
        Write(path, Guid.NewGuid().ToString());
        Commands.Stage(_git.Repository, "*");
        var author = new Signature("QTE Test", "test@qte.invalid", DateTimeOffset.UtcNow);
        _git.Repository.Commit($"Change {path}", author, author);
    }

    private string Plan(params string[] args)
    {
        var (exitCode, output) = _fixture.Run(["--target=AffectedTests", .. args]);
        Assert.True(exitCode == 0, output);

        // Cake colours each argument of a log line; the assertions read the text.
        return System.Text.RegularExpressions.Regex.Replace(output, @"\x1b\[[0-9;]*m", string.Empty);
    }

    [Fact]
    public void Should_Reach_The_Tests_Of_The_Project_Changed_Since_HEAD_1_And_Of_Its_Dependents()
    {
        CommitFile("src/Core/Prices.cs");

        Assert.Contains("2 test project(s) (Core.Tests, Web.Tests): 1 changed file(s) in Core", Plan());
    }

    [Fact]
    public void Should_Count_Uncommitted_Changes_And_Compare_With_The_Merge_Base_Of_Main()
    {
        _git.Repository.Branches.Rename(_git.Repository.Head, "main");
        _git.Branch("feature");
        CommitFile("src/Tool/Program.cs");
        CommitFile("src/Tool/More.cs");
        Write("tests/Web.Tests/PageTests.cs", "uncommitted");

        var output = Plan();

        Assert.Contains("Affected tests (against the merge base with main", output);
        Assert.Contains("2 test project(s) (Tool.Tests, Web.Tests): 3 changed file(s) in Tool, Web.Tests", output);
    }

    [Fact]
    public void Should_Mean_All_Tests_When_A_Shared_Build_File_Changed()
    {
        CommitFile("Directory.Build.props");

        Assert.Contains("all test projects: Directory.Build.props changed, and every project builds with it", Plan());
    }

    [Fact]
    public void Should_Refuse_A_Base_Ref_That_Names_No_Commit()
    {
        var (exitCode, output) = _fixture.Run("--target=AffectedTests", "--base-ref=no-such-branch");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--base-ref: 'no-such-branch' names no commit in this repository. Allowed: a branch, tag or commit", output);
    }
}
