namespace Qte.Build.Caching;

/// <summary>
/// The repository's own files, as cache keys see them: every file under the root but build output, run state and
/// tool folders (bin, obj, artifacts, .qte, .git, TestResults, tools, IDE folders). No git call: an untracked file
/// counts too, which can only make a key miss, never hit wrongly.
/// </summary>
public static class RepositoryFiles
{
    private static readonly string[] SkippedFolders = ["bin", "obj", "artifacts", ".qte", ".git", ".vs", ".idea", "TestResults", "tools"];

    /// <summary>Full paths of the files whose name <paramref name="include"/> accepts, with their paths relative to the root.</summary>
    public static IEnumerable<(string Path, string Relative)> Enumerate(string root, Func<string, bool> include)
    {
        ArgumentNullException.ThrowIfNull(include);
        var pending = new Stack<string>([root]);
        while (pending.TryPop(out var directory))
        {
            foreach (var file in Directory.EnumerateFiles(directory).Where(f => include(Path.GetFileName(f))))
            {
                yield return (file, Path.GetRelativePath(root, file).Replace('\\', '/'));
            }

            foreach (var child in Directory.EnumerateDirectories(directory).Where(d => !SkippedFolders.Contains(Path.GetFileName(d), StringComparer.Ordinal)))
            {
                pending.Push(child);
            }
        }
    }
}
