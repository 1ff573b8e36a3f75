using Cake.Common.Tools.DotNet;
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

        // The pinned local tool (.config/dotnet-tools.json), run as `dotnet reportgenerator` through Cake's tool runner.
        context.DotNetTool(context.Paths.Solution, "reportgenerator", new ProcessArgumentBuilder()
            .AppendQuoted("-reports:" + string.Join(';', reports.Select(r => r.FullPath)))
            .AppendQuoted("-targetdir:" + coverage)
            .Append("-reporttypes:" + string.Join(';', ReportTypes))
            .Append("-verbosity:Off"));
        RunCache.Store(context, CacheKind, CacheName, key, Files(coverage).Where(f => !before.Contains(f)).Select(f => "coverage/" + f));
    }

    private static ContentKey Key(BuildContext context, IReadOnlyList<FilePath> reports)
    {
        var root = context.Paths.Root.FullPath;
        var key = new ContentKey()
            .AddText("report-types", string.Join(';', ReportTypes))
            .AddText("root", root)
            .AddFile("tools", System.IO.Path.Combine(root, ".config", "dotnet-tools.json"));
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
