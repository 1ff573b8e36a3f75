using Qte.Pipeline.Coverage;

namespace Qte.Pipeline.Tests.Coverage;

public sealed class CoverageSummaryTests
{
    [Fact]
    public void Should_Count_A_Line_Once_However_Many_Test_Assemblies_Ran_It()
    {
        using var directory = new TemporaryDirectory();
        var file = Path.Combine(directory.Path, "src", "Lib", "Quotes.cs");
        var fromUnitTests = new CoveredClass("Lib.Quotes", file, [new(1, 1, 0, 0), new(2, 0, 1, 2), new(3, 0, 0, 0)]);
        var fromOtherTests = new CoveredClass("Lib.Quotes", file, [new(1, 0, 0, 0), new(2, 4, 2, 2), new(3, 0, 0, 0)]);

        var summary = CoverageSummary.Create(directory.Path, [fromUnitTests, fromOtherTests]);

        Assert.Equal(new CoverageRate(2, 3, 2, 2), summary.Product);
        Assert.Equal("src/Lib/Quotes.cs", Assert.Single(summary.ProductClasses).File);
    }

    [Fact]
    public void Should_Keep_Lines_Of_Different_Files_Apart_And_Scopes_Apart()
    {
        using var directory = new TemporaryDirectory();
        var classes = new[]
        {
            new CoveredClass("A", Path.Combine(directory.Path, "src", "Lib", "A.cs"), [new(1, 1, 0, 0)]),
            new CoveredClass("B", Path.Combine(directory.Path, "src", "Lib", "B.cs"), [new(1, 0, 0, 0)]),
            new CoveredClass("C", Path.Combine(directory.Path, "src", "compat", "C.cs"), [new(1, 0, 0, 0)]),
            new CoveredClass("D", Path.Combine(directory.Path, "build", "D.cs"), [new(1, 1, 0, 0)]),
        };

        var summary = CoverageSummary.Create(directory.Path, classes);

        Assert.Equal(new CoverageRate(1, 2, 0, 0), summary.Product);
        Assert.Equal(new CoverageRate(0, 1, 0, 0), summary.Scopes[CoverageScope.Compat]);
        Assert.Equal(new CoverageRate(1, 1, 0, 0), summary.Scopes[CoverageScope.BuildHost]);
        Assert.Equal(100, summary.Scopes[CoverageScope.Tests].LinePercent);
    }
}
