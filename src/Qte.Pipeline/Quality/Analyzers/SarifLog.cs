using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Qte.Primitives.IO;

namespace Qte.Pipeline.Quality.Analyzers;

/// <summary>
/// The SARIF 2.1 logs the compiler writes per project (ErrorLog): read as findings, and merged into one log for
/// GitHub code scanning with paths relative to the repository (uriBaseId %SRCROOT%) and only the rules that fired.
/// Suppressed results (#pragma, [SuppressMessage]) and generated files under obj/ are left out.
/// </summary>
public sealed class SarifLog
{
    public const string SourceRoot = "%SRCROOT%";

    private readonly List<JObject> _runs = [];
    private readonly string _repositoryRoot;

    public SarifLog(string repositoryRoot)
    {
        ArgumentException.ThrowIfNullOrEmpty(repositoryRoot);
        _repositoryRoot = Path.GetFullPath(repositoryRoot);
    }

    public List<Finding> Findings { get; } = [];

    /// <exception cref="InvalidDataException">The file is not a SARIF log.</exception>
    public void Add(string path)
    {
        JObject log;
        try
        {
            log = JObject.Parse(File.ReadAllText(path));
        }
        catch (JsonReaderException ex)
        {
            throw new InvalidDataException($"The SARIF log '{path}' is not valid JSON: {ex.Message}", ex);
        }

        foreach (var run in ((JArray?)log["runs"] ?? []).OfType<JObject>())
        {
            var kept = new JArray();
            foreach (var result in ((JArray?)run["results"] ?? []).OfType<JObject>())
            {
                if (result["suppressions"] is JArray { Count: > 0 } || Locate(result) is not { } location)
                {
                    continue;
                }

                Findings.Add(new Finding(
                    (string?)result["ruleId"] ?? "(no rule)",
                    (string?)result["level"] ?? "warning",
                    location.File,
                    location.Line,
                    location.Column,
                    (string?)result["message"]?["text"] ?? string.Empty));
                kept.Add(Relocated(result));
            }

            _runs.Add(Trimmed(run, kept));
        }
    }

    public void Write(string path)
    {
        var merged = new JObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JArray(_runs),
        };
        AtomicFile.WriteAllText(path, merged.ToString(Newtonsoft.Json.Formatting.Indented));
    }

    private (string File, int Line, int Column)? Locate(JObject result)
    {
        var physical = result["locations"]?.FirstOrDefault()?["physicalLocation"];
        var uri = (string?)physical?["artifactLocation"]?["uri"];
        if (uri is null || !Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile)
        {
            return null;
        }

        var file = RepositoryPath.Relative(_repositoryRoot, parsed.LocalPath);
        if (file.StartsWith("../", StringComparison.Ordinal) || file.Contains("/obj/", StringComparison.Ordinal) || file.StartsWith("obj/", StringComparison.Ordinal))
        {
            return null;
        }

        return (file, (int?)physical?["region"]?["startLine"] ?? 0, (int?)physical?["region"]?["startColumn"] ?? 0);
    }

    private JObject Relocated(JObject result)
    {
        var copy = (JObject)result.DeepClone();
        copy.Remove("ruleIndex");
        foreach (var location in copy.SelectTokens("$..artifactLocation").OfType<JObject>())
        {
            if (Uri.TryCreate((string?)location["uri"], UriKind.Absolute, out var uri) && uri.IsFile)
            {
                location["uri"] = RepositoryPath.Relative(_repositoryRoot, uri.LocalPath);
                location["uriBaseId"] = SourceRoot;
            }
        }

        return copy;
    }

    // The compiler lists every rule it knows (~450) in each run; the merged log keeps the ones that fired.
    private JObject Trimmed(JObject run, JArray results)
    {
        var fired = results.Select(r => (string?)r["ruleId"]).ToHashSet();
        var driver = (JObject?)run["tool"]?["driver"]?.DeepClone() ?? [];
        if (driver["rules"] is JArray rules)
        {
            driver["rules"] = new JArray(rules.Where(r => fired.Contains((string?)r["id"])));
        }

        return new JObject
        {
            ["tool"] = new JObject { ["driver"] = driver },
            ["originalUriBaseIds"] = new JObject { [SourceRoot] = new JObject { ["uri"] = new Uri(_repositoryRoot + Path.DirectorySeparatorChar).AbsoluteUri } },
            ["results"] = results,
            ["columnKind"] = run["columnKind"]?.DeepClone() ?? "utf16CodeUnits",
        };
    }
}
