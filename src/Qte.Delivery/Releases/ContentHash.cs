using System.Security.Cryptography;
using System.Text;

namespace Qte.Delivery.Releases;

/// <summary>
/// The SHA-256 of a folder's content: every file's relative path and bytes, in ordinal path order, release.json left out.
/// </summary>
public static class ContentHash
{
    public static string Compute(string directory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(f => (Full: f, Relative: Path.GetRelativePath(directory, f).Replace('\\', '/')))
            .Where(f => f.Relative != ReleaseManifest.FileName)
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
        foreach (var (full, relative) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(relative + "\n"));
            hash.AppendData(SHA256.HashData(File.ReadAllBytes(full)));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
