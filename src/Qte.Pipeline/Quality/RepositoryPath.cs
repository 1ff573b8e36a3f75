namespace Qte.Pipeline.Quality;

/// <summary>Paths in reports are relative to the repository root, with forward slashes, as annotations and SARIF want them.</summary>
public static class RepositoryPath
{
    public static string Relative(string root, string path)
    {
        var full = Path.IsPathRooted(path) ? path : Path.Combine(root, path);
        return Path.GetRelativePath(root, full).Replace('\\', '/');
    }
}
