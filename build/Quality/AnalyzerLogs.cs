using Qte.Pipeline.Quality;
using Qte.Pipeline.Quality.Affected;
using Qte.Pipeline.Quality.Analyzers;

namespace Qte.Build.Quality;

/// <summary>
/// The SARIF log each project's compile wrote next to its output (obj/&lt;configuration&gt;/&lt;framework&gt;/analyzers.sarif,
/// set in Directory.Build.targets), merged into artifacts/quality/analyzers.sarif for GitHub code scanning.
/// </summary>
public static class AnalyzerLogs
{
    public const string LogFileName = "analyzers.sarif";

    /// <returns>The findings of every project, and the projects that left no log.</returns>
    public static (IReadOnlyList<Finding> Findings, IReadOnlyList<string> Missing) Merge(BuildContext context)
    {
        var root = context.Paths.Root.FullPath;
        var merged = new SarifLog(root);
        var missing = new List<string>();
        foreach (var project in ProjectGraph.Load(root, context.Paths.Solution.FullPath).Projects.Order(StringComparer.Ordinal))
        {
            var output = Path.Combine(root, Path.GetDirectoryName(project)!, "obj", context.Settings.Configuration);
            var logs = Directory.Exists(output) ? Directory.GetFiles(output, LogFileName, SearchOption.AllDirectories) : [];
            if (logs.Length == 0)
            {
                missing.Add(project);
            }

            foreach (var log in logs)
            {
                merged.Add(log);
            }
        }

        merged.Write(context.Paths.Quality.CombineWithFilePath(LogFileName).FullPath);
        return (merged.Findings, missing);
    }
}
