using System.Security.Cryptography;
using System.Text;

namespace Qte.Pipeline.Ci;

/// <summary>
/// The key under which CI caches the NuGet packages: a hash of everything that decides what restore downloads
/// (global.json, Directory.Packages.props and every packages.lock.json). Line endings are normalised so that a
/// checkout with CRLF gives the same key.
/// </summary>
public static class RestoreCacheKey
{
    public const string Prefix = "nuget-";

    private static readonly string[] SkippedFolders = ["bin", "obj", "artifacts", ".git", ".qte"];

    public static string Compute(string repositoryRoot)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var relative in InputFiles(repositoryRoot))
        {
            var contents = File.ReadAllText(Path.Combine(repositoryRoot, relative)).Replace("\r\n", "\n", StringComparison.Ordinal);
            hash.AppendData(Encoding.UTF8.GetBytes($"{relative}\n{contents}\n"));
        }

        return Prefix + Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }

    /// <summary>The files the key covers, relative to the root with forward slashes, in ordinal order.</summary>
    public static IReadOnlyList<string> InputFiles(string repositoryRoot)
    {
        var files = new List<string>();
        foreach (var name in new[] { "global.json", "Directory.Packages.props" })
        {
            if (File.Exists(Path.Combine(repositoryRoot, name)))
            {
                files.Add(name);
            }
        }

        files.AddRange(FindLockFiles(repositoryRoot, repositoryRoot));
        return files.Order(StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<string> FindLockFiles(string root, string directory)
    {
        var lockFile = Path.Combine(directory, "packages.lock.json");
        if (File.Exists(lockFile))
        {
            yield return Path.GetRelativePath(root, lockFile).Replace('\\', '/');
        }

        foreach (var child in Directory.EnumerateDirectories(directory))
        {
            if (SkippedFolders.Contains(Path.GetFileName(child)))
            {
                continue;
            }

            foreach (var found in FindLockFiles(root, child))
            {
                yield return found;
            }
        }
    }
}
