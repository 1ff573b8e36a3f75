using Qte.Pipeline.Coverage;

namespace Qte.Pipeline.Tests.Coverage;

public sealed class CoberturaReportTests
{
    [Fact]
    public void Should_Read_Classes_With_Their_Files_Resolved_Against_The_Source()
    {
        using var directory = new TemporaryDirectory();
        var source = Path.Combine(directory.Path, "src", "Lib") + Path.DirectorySeparatorChar;
        var path = new CoberturaBuilder(source)
            .Class("Lib.Quotes", "Quotes.cs", (10, 3, 0, 0), (11, 0, 0, 0), (12, 2, 1, 2))
            .WriteTo(Path.Combine(directory.Path, "coverage.cobertura.xml"));

        var quotes = Assert.Single(CoberturaReport.Read(path));

        Assert.Equal("Lib.Quotes", quotes.Name);
        Assert.Equal(Path.Combine(directory.Path, "src", "Lib", "Quotes.cs"), quotes.SourceFile);
        Assert.Equal([new CoveredLine(10, 3, 0, 0), new CoveredLine(11, 0, 0, 0), new CoveredLine(12, 2, 1, 2)], quotes.Lines);
    }

    [Fact]
    public void Should_Refuse_A_File_That_Is_Not_Cobertura()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.Write("report.xml", "<TestRun />");

        var error = Assert.Throws<InvalidDataException>(() => CoberturaReport.Read(path));

        Assert.Contains("is not a Cobertura report", error.Message);
    }

    [Fact]
    public void Should_Refuse_A_File_That_Is_Not_Xml()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.Write("report.xml", "<coverage");

        Assert.Throws<InvalidDataException>(() => CoberturaReport.Read(path));
    }
}
