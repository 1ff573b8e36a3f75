using Cake.Common.Tools.ReportGenerator;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Qte.Build.Caching;
using Qte.Pipeline.Caching;

namespace Qte.Build.Testing;

/// <summary>
/// ReportGenerator's merge of the raw Cobertura files into artifacts/coverage/ (Cobertura, HTML, Markdown, JSON,
/// badges), reused from the cache when its inputs are the same: the raw files, the report types, the tool's pinned
/// version, and the C# sources the HTML pages show.
/// </summary>
public static class CoverageMerge
{
    /// <summary>Merged Cobertura (which the gate reads), HTML, the GitHub summary, a JSON summary and SVG badges.</summary>
    public static readonly string[] ReportTypes = ["Cobertura", "Html", "MarkdownSummaryGithub", "JsonSummary", "Badges"];

    /// <summary>The ReportGenerator the build installs before any task (Program), pinned.</summary>
    public static readonly Uri ReportGeneratorTool = new("dotnet:?package=dotnet-reportgenerator-globaltool&version=5.6.0");

    private const string CacheKind = "coverage";
    private const string CacheName = "merge";

    public static void Run(BuildContext context, IReadOnlyList<FilePath> reports)
    {
        var coverage = context.Paths.Coverage.FullPath;
        var key = Key(context, reports);
        if (RunCache.TryReuse(context, CacheKind, CacheName, key) is { } hit)
        {
            context.Log.Information("Coverage merge: cached, from run {0} (the same {1} raw reports and sources).", hit.Run, reports.Count);
            return;
        }

        var before = Files(coverage).ToHashSet(StringComparer.Ordinal);

        // Cake's ReportGenerator alias finds the tool the host installed. Its settings have no Badges report type and
        // no Off verbosity, so those two are given as ReportGenerator's own options.
        context.ReportGenerator(reports, coverage, new ReportGeneratorSettings
        {
            ArgumentCustomization = arguments => arguments
                .Append("-reporttypes:" + string.Join(';', ReportTypes))
                .Append("-verbosity:Off"),
        });
        RunCache.Store(context, CacheKind, CacheName, key, Files(coverage).Where(f => !before.Contains(f)).Select(f => "coverage/" + f));
    }

    private static ContentKey Key(BuildContext context, IReadOnlyList<FilePath> reports)
    {
        var root = context.Paths.Root.FullPath;
        var key = new ContentKey()
            .AddText("report-types", string.Join(';', ReportTypes))
            .AddText("root", root)
            .AddText("tool", ReportGeneratorTool.OriginalString);
        foreach (var report in reports)
        {
            key.AddFile("raw/" + report.GetFilename().FullPath, report.FullPath);
        }

        foreach (var (path, relative) in RepositoryFiles.Enumerate(root, name => name.EndsWith(".cs", StringComparison.Ordinal)))
        {
            key.AddFile(relative, path);
        }

        return key;
    }

    private static IEnumerable<string> Files(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => System.IO.Path.GetRelativePath(folder, f).Replace('\\', '/'))
            : [];
}
