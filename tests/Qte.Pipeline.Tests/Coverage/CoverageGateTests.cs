using Qte.Pipeline.Coverage;

namespace Qte.Pipeline.Tests.Coverage;

public sealed class CoverageGateTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private CoverageSummary Summary(Action<CoberturaBuilder> classes)
    {
        var builder = new CoberturaBuilder(Path.Combine(_directory.Path, "src", "Lib"));
        classes(builder);
        var report = builder.WriteTo(Path.Combine(_directory.Path, "coverage.cobertura.xml"));
        return CoverageSummary.Create(_directory.Path, CoberturaReport.Read(report));
    }

    [Fact]
    public void Should_Pass_When_Lines_And_Branches_Meet_The_Thresholds()
    {
        var summary = Summary(b => b
            .ClassWithCoverage("Lib.A", "A.cs", covered: 9, total: 10)
            .Class("Lib.B", "B.cs", (1, 1, 3, 4)));

        var result = CoverageGate.Evaluate(summary, CoverageThresholds.Default);

        Assert.True(result.Passed);
        Assert.Equal("Coverage of src/ (without src/compat): lines 90.9 % (threshold 80 %), branches 75.0 % (threshold 70 %).", result.Message);
        Assert.Empty(result.LeastCovered);
    }

    [Fact]
    public void Should_Fail_When_No_Product_Line_Was_Measured_Naming_The_Likely_Cause()
    {
        // Every class filed outside src/ (as a /_/ path map does): nothing of the product measured is not 100 %.
        var builder = new CoberturaBuilder("/_/src/Lib");
        builder.ClassWithCoverage("Lib.A", "A.cs", covered: 10, total: 10);
        var summary = CoverageSummary.Create(_directory.Path, CoberturaReport.Read(builder.WriteTo(Path.Combine(_directory.Path, "coverage.cobertura.xml"))));

        var result = CoverageGate.Evaluate(summary, CoverageThresholds.Default);

        Assert.False(result.Passed);
        Assert.Contains("no product line was measured", result.Message);
        Assert.Contains("/_/", result.Message);
    }

    [Fact]
    public void Should_Fail_A_Line_Miss_Naming_Both_Numbers()
    {
        var summary = Summary(b => b.ClassWithCoverage("Lib.A", "A.cs", covered: 7, total: 10));

        var result = CoverageGate.Evaluate(summary, CoverageThresholds.Default);

        Assert.False(result.Passed);
        Assert.Equal(
            "Coverage of src/ (without src/compat) is below the threshold: line coverage is too low: " +
            "lines 70.0 % (threshold 80 %), branches 100.0 % (threshold 70 %).",
            result.Message);
    }

    [Fact]
    public void Should_Fail_A_Branch_Miss()
    {
        var summary = Summary(b => b.Class("Lib.A", "A.cs", (1, 1, 1, 4), (2, 1, 0, 0)));

        var result = CoverageGate.Evaluate(summary, new CoverageThresholds(80, 50));

        Assert.False(result.Passed);
        Assert.Contains("branch coverage is too low: lines 100.0 % (threshold 80 %), branches 25.0 % (threshold 50 %)", result.Message);
    }

    [Fact]
    public void Should_List_The_Five_Least_Covered_Classes_On_A_Miss()
    {
        var summary = Summary(b => b
            .ClassWithCoverage("Lib.Full", "Full.cs", 10, 10)
            .ClassWithCoverage("Lib.Half", "Half.cs", 5, 10)
            .ClassWithCoverage("Lib.None", "None.cs", 0, 4)
            .ClassWithCoverage("Lib.NoneBig", "NoneBig.cs", 0, 8)
            .ClassWithCoverage("Lib.Most", "Most.cs", 9, 10)
            .ClassWithCoverage("Lib.Third", "Third.cs", 1, 3)
            .ClassWithCoverage("Lib.Quarter", "Quarter.cs", 1, 4));

        var result = CoverageGate.Evaluate(summary, new CoverageThresholds(95, 0));

        Assert.False(result.Passed);
        Assert.Equal(["Lib.NoneBig", "Lib.None", "Lib.Quarter", "Lib.Third", "Lib.Half"], result.LeastCovered.Select(c => c.Name));
        Assert.Contains("Lib.NoneBig (src/Lib/NoneBig.cs): 0.0 % of lines, 8 of 8 not covered", result.FullMessage);
    }

    [Fact]
    public void Should_Read_A_Measure_As_Reported_To_One_Decimal()
    {
        var summary = Summary(b => b.ClassWithCoverage("Lib.A", "A.cs", covered: 7999, total: 10000));

        Assert.True(CoverageGate.Evaluate(summary, CoverageThresholds.Default).Passed);
    }
}
