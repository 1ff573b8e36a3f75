using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Qte.Pipeline.Quality.Formatting;

/// <summary>
/// The JSON report `dotnet format --report` writes: one entry per document that would change, with each change's
/// line, column, diagnostic id (WHITESPACE, IDE0161, ...) and description.
/// </summary>
public static class FormatReport
{
    /// <exception cref="InvalidDataException">The file is not a dotnet format report.</exception>
    public static IReadOnlyList<Finding> Read(string path, string repositoryRoot)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        JToken root;
        try
        {
            root = JToken.Parse(File.ReadAllText(path));
        }
        catch (JsonReaderException ex)
        {
            throw new InvalidDataException($"The dotnet format report '{path}' is not valid JSON: {ex.Message}", ex);
        }

        if (root is not JArray documents)
        {
            throw new InvalidDataException($"The dotnet format report '{path}' is not a list of documents.");
        }

        return documents
            .SelectMany(document => ((JArray?)document["FileChanges"] ?? []).Select(change => new Finding(
                (string?)change["DiagnosticId"] ?? "FORMAT",
                "warning",
                RepositoryPath.Relative(repositoryRoot, (string?)document["FilePath"] ?? string.Empty),
                (int?)change["LineNumber"] ?? 0,
                (int?)change["CharNumber"] ?? 0,
                (string?)change["FormatDescription"] ?? string.Empty)))
            .ToList();
    }
}
