using System.Text.RegularExpressions;
using Qte.Pipeline.History;
using Qte.Primitives.IO;

namespace Qte.Pipeline.Report;

/// <summary>
/// The kept report pages: &lt;history&gt;/reports/&lt;run-id&gt;/index.html, one a run, the newest <c>keep</c> kept
/// (by when each page was written); a run id's characters other than letters, digits, '.', '_' and '-', and leading
/// dots, become '_'.
/// </summary>
public sealed partial class ReportArchive(string directory)
{
    public const string FolderName = "reports";

    public const int DefaultKept = 50;

    public string Directory { get; } = directory;

    public string PagePath(string runId) => Path.Combine(Directory, FolderOf(runId), PipelineReport.FileName);

    public bool Has(string runId) => File.Exists(PagePath(runId));

    /// <summary>
    /// Keeps the run's page (with a link back to the latest page), removes all but the newest <paramref name="keep"/>
    /// pages, and writes the latest page, with the index of kept runs, into <paramref name="latestDirectory"/>.
    /// </summary>
    /// <param name="earlierRuns">The history before this run, oldest first.</param>
    /// <returns>The latest page's path and the kept page's.</returns>
    public (string Latest, string Kept) Publish(ReportPage page, IReadOnlyList<RunRecord> earlierRuns, string latestDirectory, int keep)
    {
        ArgumentNullException.ThrowIfNull(page);
        var latest = Path.Combine(latestDirectory, PipelineReport.FileName);
        var kept = PagePath(page.Run.RunId);
        Save(page.Run.RunId, PipelineReport.Html(page with { LatestPageHref = Href(Path.GetDirectoryName(kept)!, latest) }));
        Prune(keep);
        System.IO.Directory.CreateDirectory(latestDirectory);
        AtomicFile.WriteAllText(latest, PipelineReport.Html(page with { Index = Index([.. earlierRuns, page.Run], latestDirectory) }));
        return (latest, kept);
    }

    public void Save(string runId, string html)
    {
        var path = PagePath(runId);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        AtomicFile.WriteAllText(path, html);
    }

    /// <summary>Removes every kept page but the newest <paramref name="keep"/>; returns the folders removed.</summary>
    public IReadOnlyList<string> Prune(int keep)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(keep, 1);
        if (!System.IO.Directory.Exists(Directory))
        {
            return [];
        }

        var removed = new DirectoryInfo(Directory).GetDirectories()
            .OrderByDescending(d => File.Exists(Path.Combine(d.FullName, PipelineReport.FileName)) ? File.GetLastWriteTimeUtc(Path.Combine(d.FullName, PipelineReport.FileName)) : DateTime.MinValue)
            .ThenByDescending(d => d.Name, StringComparer.Ordinal)
            .Skip(keep)
            .ToList();
        foreach (var folder in removed)
        {
            folder.Delete(recursive: true);
        }

        return [.. removed.Select(d => d.Name)];
    }

    /// <summary>
    /// The runs that have a kept page, newest first, each linked relative to <paramref name="fromDirectory"/>; where runs
    /// share an id (every build of one CI job does), the last record stands for its page.
    /// </summary>
    public IReadOnlyList<RunIndexEntry> Index(IEnumerable<RunRecord> runsOldestFirst, string fromDirectory) =>
        [.. runsOldestFirst.Reverse().DistinctBy(r => FolderOf(r.RunId)).Where(r => Has(r.RunId)).Select(r => new RunIndexEntry(r, Href(fromDirectory, PagePath(r.RunId))))];

    /// <summary>A relative link from a folder to a file, with '/' separators and each segment escaped.</summary>
    public static string Href(string fromDirectory, string toFile) =>
        string.Join('/', Path.GetRelativePath(fromDirectory, toFile).Split(Path.DirectorySeparatorChar).Select(s => s == ".." ? s : Uri.EscapeDataString(s)));

    private static string FolderOf(string runId) => UnsafeCharacters().Replace(runId, "_");

    [GeneratedRegex(@"^\.+|[^A-Za-z0-9._-]")]
    private static partial Regex UnsafeCharacters();
}
