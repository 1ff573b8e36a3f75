using Qte.Pipeline.Quality.Affected;

namespace Qte.Pipeline.Tests.Quality.Affected;

/// <summary>
/// Three projects and their tests on disk: Core, Web (references Core) and Tool (alone); Core.Tests, Web.Tests,
/// Tool.Tests each reference their project.
/// </summary>
public sealed class AffectedTestPlanTests : IDisposable
{
    private readonly TemporaryDirectory _root = new();
    private readonly ProjectGraph _graph;

    public AffectedTestPlanTests()
    {
        _root.Write("All.slnx", """
            <Solution>
              <Project Path="src/Core/Core.csproj" />
              <Project Path="src/Web/Web.csproj" />
              <Project Path="src/Tool/Tool.csproj" />
              <Project Path="tests/Core.Tests/Core.Tests.csproj" />
              <Project Path="tests/Web.Tests/Web.Tests.csproj" />
              <Project Path="tests/Tool.Tests/Tool.Tests.csproj" />
            </Solution>
            """);
        Project("src/Core/Core.csproj");
        Project("src/Web/Web.csproj", "..\\Core\\Core.csproj");
        Project("src/Tool/Tool.csproj");
        Project("tests/Core.Tests/Core.Tests.csproj", "../../src/Core/Core.csproj");
        Project("tests/Web.Tests/Web.Tests.csproj", "../../src/Web/Web.csproj");
        Project("tests/Tool.Tests/Tool.Tests.csproj", "../../src/Tool/Tool.csproj");
        _graph = ProjectGraph.Load(_root.Path, Path.Combine(_root.Path, "All.slnx"));
    }

    public void Dispose() => _root.Dispose();

    private void Project(string path, params string[] references) => _root.Write(path, $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <ItemGroup>{string.Concat(references.Select(r => $"<ProjectReference Include=\"{r}\" />"))}</ItemGroup>
        </Project>
        """);

    [Fact]
    public void Should_Reach_The_Tests_Of_A_Changed_Project_And_Of_Every_Project_That_References_It()
    {
        var plan = AffectedTestPlan.Compute(_graph, ["src/Core/Prices.cs"]);

        Assert.False(plan.All);
        Assert.Equal(["tests/Core.Tests/Core.Tests.csproj", "tests/Web.Tests/Web.Tests.csproj"], plan.TestProjects);
        Assert.Equal("2 test project(s) (Core.Tests, Web.Tests): 1 changed file(s) in Core", plan.Describe());
    }

    [Fact]
    public void Should_Reach_Only_Its_Own_Tests_When_A_Test_Or_A_Leaf_Changes()
    {
        Assert.Equal(["tests/Tool.Tests/Tool.Tests.csproj"], AffectedTestPlan.Compute(_graph, ["src/Tool/Program.cs"]).TestProjects);
        Assert.Equal(["tests/Web.Tests/Web.Tests.csproj"], AffectedTestPlan.Compute(_graph, ["tests/Web.Tests/PageTests.cs"]).TestProjects);
    }

    [Theory]
    [InlineData("Directory.Build.props")]
    [InlineData("global.json")]
    [InlineData("build/Tasks/TestTask.cs")]
    [InlineData("All.slnx")]
    public void Should_Mean_All_Tests_When_A_Shared_Build_File_Changes(string file)
    {
        var plan = AffectedTestPlan.Compute(_graph, ["src/Tool/Program.cs", file]);

        Assert.True(plan.All);
        Assert.StartsWith($"all test projects: {file} changed", plan.Describe());
    }

    [Fact]
    public void Should_Reach_No_Tests_When_Only_Files_Outside_Projects_Change() =>
        Assert.Equal("no test project: 2 changed file(s), none in a project", AffectedTestPlan.Compute(_graph, ["README.md", ".github/workflows/ci.yml"]).Describe());

    [Fact]
    public void Should_Tell_Test_Projects_By_Name_And_Find_A_Files_Project()
    {
        Assert.True(ProjectGraph.IsTestProject("tests/Web.Tests/Web.Tests.csproj"));
        Assert.False(ProjectGraph.IsTestProject("src/Web/Web.csproj"));
        Assert.Equal("src/Web/Web.csproj", _graph.OwnerOf("src/Web/Pages/Index.cs"));
        Assert.Null(_graph.OwnerOf("src/WebExtra/x.cs"));
        Assert.Equal(["src/Core/Core.csproj"], _graph.ReferencesOf("src/Web/Web.csproj"));
    }

    [Fact]
    public void Should_Refuse_A_Solution_That_Cannot_Be_Read() =>
        Assert.Throws<InvalidDataException>(() => ProjectGraph.Load(_root.Path, _root.Write("Bad.slnx", "<Solution>")));
}
