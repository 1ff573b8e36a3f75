using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Qte.Pipeline.Coverage;

/// <summary>
/// Reads the classes and lines of a Cobertura coverage report (coverlet's, or ReportGenerator's merged one).
/// </summary>
public static partial class CoberturaReport
{
    /// <exception cref="InvalidDataException">The file is not a Cobertura report.</exception>
    public static IReadOnlyList<CoveredClass> Read(string path)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(path);
        }
        catch (XmlException ex)
        {
            throw new InvalidDataException($"The coverage report '{path}' is not well-formed XML: {ex.Message}", ex);
        }

        if (document.Root?.Name != "coverage")
        {
            throw new InvalidDataException($"The coverage report '{path}' is not a Cobertura report: its root element is not coverage.");
        }

        var sources = document.Root.Element("sources")?.Elements("source").Select(s => s.Value.Trim()).ToList() ?? [];
        return document.Descendants("class")
            .Select(c => new CoveredClass(
                (string?)c.Attribute("name") ?? "(unnamed class)",
                ResolveSource(sources, (string?)c.Attribute("filename") ?? string.Empty),
                c.Element("lines")?.Elements("line").Select(ReadLine).ToList() ?? []))
            .ToList();
    }

    // A class's file name is relative to one of the report's sources, or absolute when the report has none.
    private static string ResolveSource(List<string> sources, string fileName)
    {
        if (Path.IsPathRooted(fileName) || sources.Count == 0)
        {
            return Path.GetFullPath(fileName);
        }

        var candidates = sources.Select(source => Path.GetFullPath(Path.Combine(source, fileName))).ToList();
        return candidates.FirstOrDefault(File.Exists) ?? candidates[0];
    }

    private static CoveredLine ReadLine(XElement line)
    {
        var number = (int?)line.Attribute("number") ?? 0;
        var hits = (long?)line.Attribute("hits") ?? 0;
        var isBranch = string.Equals((string?)line.Attribute("branch"), "true", StringComparison.OrdinalIgnoreCase);
        var condition = ConditionCoverage().Match((string?)line.Attribute("condition-coverage") ?? string.Empty);
        return isBranch && condition.Success
            ? new CoveredLine(number, hits, ParseInt(condition.Groups["covered"].Value), ParseInt(condition.Groups["total"].Value))
            : new CoveredLine(number, hits, 0, 0);
    }

    private static int ParseInt(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    // condition-coverage="50% (1/2)"
    [GeneratedRegex(@"\((?<covered>\d+)/(?<total>\d+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex ConditionCoverage();
}
