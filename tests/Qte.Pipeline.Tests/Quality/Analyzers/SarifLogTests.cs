using Newtonsoft.Json.Linq;
using Qte.Pipeline.Quality;
using Qte.Pipeline.Quality.Analyzers;

namespace Qte.Pipeline.Tests.Quality.Analyzers;

public sealed class SarifLogTests : IDisposable
{
    private readonly TemporaryDirectory _root = new();

    public void Dispose() => _root.Dispose();

    // The shape the C# compiler writes with ErrorLog=...,version=2.1: every known rule, then the results.
    private static string CompilerLog(params string[] results) => $$"""
        {
          "$schema": "http://json.schemastore.org/sarif-2.1.0",
          "version": "2.1.0",
          "runs": [{
            "results": [{{string.Join(",", results)}}],
            "tool": { "driver": { "name": "Microsoft (R) Visual C# Compiler", "rules": [
              { "id": "CA1822", "shortDescription": { "text": "Mark members as static" } },
              { "id": "CA1000", "shortDescription": { "text": "Do not declare static members on generic types" } },
              { "id": "IDE0161", "shortDescription": { "text": "Convert to file-scoped namespace" } } ] } },
            "columnKind": "utf16CodeUnits"
          }]
        }
        """;

    private string Result(string rule, string level, string relativeFile, int line, bool suppressed = false) => $$"""
        {
          "ruleId": "{{rule}}", "ruleIndex": 0, "level": "{{level}}", "message": { "text": "{{rule}} says so" },
          {{(suppressed ? "\"suppressions\": [{ \"kind\": \"inSource\" }]," : string.Empty)}}
          "locations": [{ "physicalLocation": {
            "artifactLocation": { "uri": "{{new Uri(Path.Combine(_root.Path, relativeFile)).AbsoluteUri}}" },
            "region": { "startLine": {{line}}, "startColumn": 5 } } }]
        }
        """;

    [Fact]
    public void Should_Read_Findings_Relative_To_The_Root_Leaving_Out_Suppressed_And_Generated_Ones()
    {
        var log = new SarifLog(_root.Path);

        log.Add(_root.Write("a.sarif", CompilerLog(
            Result("CA1822", "warning", "src/Lib/Store.cs", 57),
            Result("IDE0161", "warning", "src/Lib/Old.cs", 3),
            Result("CS0164", "error", "src/Lib/Regex.cs", 9, suppressed: true),
            Result("SYSLIB1045", "note", "src/Lib/obj/Release/net10.0/Gen.g.cs", 1))));

        Assert.Equal(
            [new Finding("CA1822", "warning", "src/Lib/Store.cs", 57, 5, "CA1822 says so"), new Finding("IDE0161", "warning", "src/Lib/Old.cs", 3, 5, "IDE0161 says so")],
            log.Findings);
    }

    [Fact]
    public void Should_Merge_Runs_With_Relative_Uris_And_Only_The_Rules_That_Fired()
    {
        var log = new SarifLog(_root.Path);
        log.Add(_root.Write("a.sarif", CompilerLog(Result("CA1822", "warning", "src/A/A.cs", 1))));
        log.Add(_root.Write("b.sarif", CompilerLog()));

        var merged = Path.Combine(_root.Path, "out", "analyzers.sarif");
        log.Write(merged);

        var json = JObject.Parse(File.ReadAllText(merged));
        Assert.Equal("2.1.0", (string?)json["version"]);
        var runs = (JArray)json["runs"]!;
        Assert.Equal(2, runs.Count);
        var location = runs[0]["results"]![0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!;
        Assert.Equal(("src/A/A.cs", SarifLog.SourceRoot), ((string?)location["uri"], (string?)location["uriBaseId"]));
        Assert.Equal(["CA1822"], runs[0]["tool"]!["driver"]!["rules"]!.Select(r => (string?)r["id"]));
        Assert.Empty((JArray)runs[1]["tool"]!["driver"]!["rules"]!);
    }

    [Fact]
    public void Should_Refuse_A_File_That_Is_Not_Json() =>
        Assert.Throws<InvalidDataException>(() => new SarifLog(_root.Path).Add(_root.Write("bad.sarif", "{ not json")));
}
