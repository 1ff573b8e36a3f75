using System.Xml.Linq;

namespace Qte.Pipeline.Tests.Coverage;

/// <summary>
/// Writes a Cobertura report as coverlet does: file names relative to one source folder, lines with hits and,
/// for branches, condition-coverage "50% (1/2)".
/// </summary>
internal sealed class CoberturaBuilder(string source)
{
    private readonly List<XElement> _classes = [];

    /// <param name="lines">Per line: its number, its hits, and for a branch line the branches covered and in all.</param>
    public CoberturaBuilder Class(string name, string file, params (int Number, int Hits, int Covered, int Branches)[] lines)
    {
        _classes.Add(new XElement(
            "class",
            new XAttribute("name", name),
            new XAttribute("filename", file),
            new XElement("methods"),
            new XElement("lines", lines.Select(l => new XElement(
                "line",
                new XAttribute("number", l.Number),
                new XAttribute("hits", l.Hits),
                new XAttribute("branch", l.Branches > 0 ? "True" : "False"),
                l.Branches > 0 ? new XAttribute("condition-coverage", $"{100 * l.Covered / l.Branches}% ({l.Covered}/{l.Branches})") : null)))));
        return this;
    }

    /// <summary>A class of <paramref name="total"/> plain lines of which <paramref name="covered"/> ran.</summary>
    public CoberturaBuilder ClassWithCoverage(string name, string file, int covered, int total) =>
        Class(name, file, [.. Enumerable.Range(1, total).Select(n => (n, n <= covered ? 1 : 0, 0, 0))]);

    public string WriteTo(string path)
    {
        new XDocument(new XElement(
            "coverage",
            new XElement("sources", new XElement("source", source)),
            new XElement("packages", new XElement("package", new XAttribute("name", "P"), new XElement("classes", _classes))))).Save(path);
        return path;
    }
}
