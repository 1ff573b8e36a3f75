using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Qte.Pipeline.Testing;

/// <summary>
/// The outcome of one test assembly's run, read from the Visual Studio TRX file dotnet test's trx logger writes.
/// </summary>
public sealed partial class TrxReport
{
    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    private TrxReport(string? testAssembly, TestRunSummary summary, IReadOnlyList<TestResultEntry> results, string? runError)
    {
        TestAssembly = testAssembly;
        Summary = summary;
        Results = results;
        RunError = runError;
    }

    /// <summary>The tested assembly's name without extension, e.g. "Qte.Pipeline.Tests"; null when no test ran.</summary>
    public string? TestAssembly { get; }

    public TestRunSummary Summary { get; }

    /// <summary>Every test's outcome, for the run history.</summary>
    public IReadOnlyList<TestResultEntry> Results { get; }

    /// <summary>
    /// The run's own error, when it had one: the first line of the RunInfo that says the test host crashed or the run
    /// was aborted. A failed test's output is a RunInfo of outcome Error too, so the outcome alone does not tell.
    /// </summary>
    public string? RunError { get; }

    /// <exception cref="InvalidDataException">The file is not a readable TRX file.</exception>
    public static TrxReport Read(string path)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(path);
        }
        catch (XmlException ex)
        {
            throw new InvalidDataException($"The test report '{path}' is not well-formed XML: {ex.Message}", ex);
        }

        if (document.Root?.Name != Trx + "TestRun")
        {
            throw new InvalidDataException($"The test report '{path}' is not a TRX file: its root element is not TestRun.");
        }

        var results = document.Descendants(Trx + "UnitTestResult").ToList();
        var methods = document.Descendants(Trx + "UnitTest").ToDictionary(
            t => (string?)t.Attribute("id") ?? string.Empty,
            t => t.Element(Trx + "TestMethod") is { } method ? $"{(string?)method.Attribute("className")}.{(string?)method.Attribute("name")}" : null);
        var failures = results
            .Where(r => Outcome(r) == "Failed")
            .Select(r => ReadFailure(r, methods.GetValueOrDefault((string?)r.Attribute("testId") ?? string.Empty)))
            .ToList();

        // TestMethod's codeBase keeps the assembly path's case; UnitTest's storage is lower-cased.
        var codeBase = (string?)document.Descendants(Trx + "TestMethod").FirstOrDefault()?.Attribute("codeBase");
        return new TrxReport(
            codeBase is null ? null : Path.GetFileNameWithoutExtension(codeBase),
            new TestRunSummary(
                Passed: results.Count(r => Outcome(r) == "Passed"),
                Failed: failures.Count,
                Skipped: results.Count(r => Outcome(r) is "NotExecuted" or "Inconclusive"),
                Failures: failures),
            results.Select(r => new TestResultEntry((string?)r.Attribute("testName") ?? "(unnamed test)", Outcome(r))).ToList(),
            document.Descendants(Trx + "RunInfo")
                .Select(i => (string?)i.Element(Trx + "Text") ?? string.Empty)
                .Where(text => text.Contains("Test host process crashed", StringComparison.OrdinalIgnoreCase)
                    || text.Contains("test run was aborted", StringComparison.OrdinalIgnoreCase))
                .Select(FirstLine)
                .FirstOrDefault());
    }

    private static TestFailure ReadFailure(XElement result, string? fullyQualifiedName)
    {
        var errorInfo = result.Element(Trx + "Output")?.Element(Trx + "ErrorInfo");
        var location = StackFrameLocation().Match((string?)errorInfo?.Element(Trx + "StackTrace") ?? string.Empty);
        return new TestFailure(
            (string?)result.Attribute("testName") ?? "(unnamed test)",
            FirstLine((string?)errorInfo?.Element(Trx + "Message") ?? string.Empty),
            location.Success ? location.Groups["file"].Value : null,
            location.Success ? int.Parse(location.Groups["line"].Value, CultureInfo.InvariantCulture) : null,
            fullyQualifiedName);
    }

    private static string Outcome(XElement result) => (string?)result.Attribute("outcome") ?? string.Empty;

    private static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "(no message)";

    // The first frame with a source location: "at Ns.Type.Method() in /src/Tests/FooTests.cs:line 42".
    [GeneratedRegex(@" in (?<file>.+?):line (?<line>\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex StackFrameLocation();
}
