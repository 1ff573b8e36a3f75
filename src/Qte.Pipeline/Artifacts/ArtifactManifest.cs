using System.Security.Cryptography;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Qte.Primitives.IO;

namespace Qte.Pipeline.Artifacts;

/// <summary>
/// The list of every file a run produced, with its size and SHA-256, so a download can be checked.
/// </summary>
public sealed class ArtifactManifest
{
    public const string FileName = "manifest.json";

    private ArtifactManifest(IReadOnlyList<ArtifactEntry> entries) => Entries = entries;

    public IReadOnlyList<ArtifactEntry> Entries { get; }

    /// <summary>
    /// Lists every file under <paramref name="root"/>, except the manifest itself and the folders named in
    /// <paramref name="excludedFolders"/> (what earlier runs stored, such as the result cache), in ordinal path order.
    /// </summary>
    public static ArtifactManifest Create(string root, IReadOnlyCollection<string>? excludedFolders = null)
    {
        if (!Directory.Exists(root))
        {
            return new ArtifactManifest([]);
        }

        var entries = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(file => (file, relative: Path.GetRelativePath(root, file).Replace('\\', '/')))
            .Where(f => f.relative != FileName && !(excludedFolders ?? []).Any(folder => f.relative.StartsWith(folder + "/", StringComparison.Ordinal)))
            .OrderBy(f => f.relative, StringComparer.Ordinal)
            .Select(f => new ArtifactEntry(f.relative, new FileInfo(f.file).Length, Sha256Of(f.file)))
            .ToList();
        return new ArtifactManifest(entries);
    }

    public void Write(string path)
    {
        var json = new JObject
        {
            ["files"] = new JArray(Entries.Select(e => new JObject
            {
                ["path"] = e.Path,
                ["size"] = e.Size,
                ["sha256"] = e.Sha256,
            })),
        };
        AtomicFile.WriteAllText(path, json.ToString(Formatting.Indented) + "\n");
    }

    private static string Sha256Of(string file)
    {
        using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
