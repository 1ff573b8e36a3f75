using Qte.Pipeline.Coverage;

namespace Qte.Pipeline.Tests.Coverage;

public sealed class CoverageScopesTests
{
    private static readonly string Root = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "repo"));

    [Theory]
    [InlineData("src/Qte.Pipeline/Timing/TimeBudget.cs", CoverageScope.Product)]
    [InlineData("src/compat/Cake.Git.Compat/GitBranch.cs", CoverageScope.Compat)]
    [InlineData("build/Tasks/TestTask.cs", CoverageScope.BuildHost)]
    [InlineData("tests/Qte.Pipeline.Tests/Helper.cs", CoverageScope.Tests)]
    [InlineData("src/Qte.Pipeline/obj/Release/net10.0/RegexGenerator.g.cs", CoverageScope.Generated)]
    [InlineData("src/Qte.Service/Views/Page.designer.cs", CoverageScope.Generated)]
    [InlineData("../elsewhere/Thing.cs", CoverageScope.Generated)]
    public void Should_Sort_A_File_By_Where_It_Lives(string relativePath, CoverageScope expected) =>
        Assert.Equal(expected, CoverageScopes.Classify(Root, Path.GetFullPath(Path.Combine(Root, relativePath))));
}
