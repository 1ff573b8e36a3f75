using System.Security.Cryptography;
using Newtonsoft.Json;

namespace Qte.Pipeline.Caching;

/// <summary>
/// Results stored by content key: root/&lt;kind&gt;/&lt;name&gt;/&lt;key&gt;/ holds entry.json and the files. An entry is
/// written into a folder of its own and moved into place whole, entry.json last, so a reader sees all of it or none.
/// A restore checks every file's SHA-256 first: a corrupt or partial entry is reported through <paramref name="warn"/>,
/// removed, and counts as a miss; nothing of it is copied.
/// </summary>
public sealed class ResultCache(string root, Action<string> warn)
{
    private const string EntryFile = "entry.json";
    private const string FilesFolder = "files";
    private const string PartialPrefix = ".partial-";

    public string Root { get; } = root;

    /// <summary>
    /// Copies the entry stored under <paramref name="key"/> into <paramref name="destination"/> and returns it, or null
    /// on a miss: no entry, an entry older than <paramref name="maxAge"/>, or a corrupt one.
    /// </summary>
    public CacheEntry? TryRestore(string kind, string name, string key, string destination, DateTimeOffset now, TimeSpan? maxAge = null)
    {
        var folder = EntryFolder(kind, name, key);
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var entry = ReadVerified(folder);
        if (entry is null || (maxAge is { } age && now - entry.Created > age))
        {
            return null;
        }

        foreach (var file in entry.Files)
        {
            var target = Path.Combine(destination, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(folder, FilesFolder, file.Path), target, overwrite: true);
        }

        return entry;
    }

    /// <summary>Stores files (paths relative to <paramref name="source"/>) under a key; an existing entry for it stays.</summary>
    public void Save(string kind, string name, ContentKey key, string source, IEnumerable<string> files, string run, DateTimeOffset now, IReadOnlyDictionary<string, string>? facts = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        var keyValue = key.Value;
        var folder = EntryFolder(kind, name, keyValue);
        var partial = Path.Combine(Path.GetDirectoryName(folder)!, PartialPrefix + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(partial);
            var stored = new List<CachedFile>();
            foreach (var file in files.Select(f => f.Replace('\\', '/')).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                var target = Path.Combine(partial, FilesFolder, file);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(Path.Combine(source, file), target);
                stored.Add(new CachedFile(file, Sha256(target)));
            }

            var entry = new CacheEntry(keyValue, now, run, key.Inputs, facts ?? new Dictionary<string, string>(), stored);
            File.WriteAllText(Path.Combine(partial, EntryFile), JsonConvert.SerializeObject(entry, Formatting.Indented));
            if (Directory.Exists(folder))
            {
                // The same inputs stored twice (two runs at once): the first entry stays.
                Directory.Delete(partial, recursive: true);
                return;
            }

            Directory.Move(partial, folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            warn($"Cache: could not store {kind}/{name} ({ex.Message}); the next run repeats the work.");
            TryDelete(partial);
        }
    }

    /// <summary>The newest readable entry for a name, whatever its key: what a miss is compared with.</summary>
    public CacheEntry? Latest(string kind, string name)
    {
        var folder = Path.Combine(Root, kind, name);
        return !Directory.Exists(folder)
            ? null
            : Directory.EnumerateDirectories(folder)
                .Where(d => !Path.GetFileName(d).StartsWith(PartialPrefix, StringComparison.Ordinal))
                .Select(ReadEntry)
                .OfType<CacheEntry>()
                .MaxBy(e => e.Created);
    }

    /// <summary>Removes all but the newest <paramref name="keep"/> entries of a name, and any partial writes.</summary>
    public void Prune(string kind, string name, int keep)
    {
        var folder = Path.Combine(Root, kind, name);
        if (!Directory.Exists(folder))
        {
            return;
        }

        var entries = Directory.EnumerateDirectories(folder).Select(d => (Folder: d, Entry: ReadEntry(d))).ToList();
        foreach (var (stale, _) in entries.Where(e => e.Entry is null || Path.GetFileName(e.Folder).StartsWith(PartialPrefix, StringComparison.Ordinal)))
        {
            TryDelete(stale);
        }

        foreach (var (old, _) in entries.Where(e => e.Entry is not null).OrderByDescending(e => e.Entry!.Created).Skip(keep))
        {
            TryDelete(old);
        }
    }

    private string EntryFolder(string kind, string name, string key) => Path.Combine(Root, kind, name, key);

    private CacheEntry? ReadVerified(string folder)
    {
        var entry = ReadEntry(folder);
        var problem = entry is null
            ? $"{EntryFile} is missing or unreadable"
            : entry.Files.Select(f => (f, Path: Path.Combine(folder, FilesFolder, f.Path)))
                .Where(f => !File.Exists(f.Path) || Sha256(f.Path) != f.f.Sha256)
                .Select(f => $"{f.f.Path} is missing or does not match its SHA-256")
                .FirstOrDefault();
        if (problem is null)
        {
            return entry;
        }

        warn($"Cache: ignored the corrupt entry {folder}: {problem}; it is removed and the work is done again.");
        TryDelete(folder);
        return null;
    }

    private static CacheEntry? ReadEntry(string folder)
    {
        try
        {
            var path = Path.Combine(folder, EntryFile);
            return File.Exists(path) ? JsonConvert.DeserializeObject<CacheEntry>(File.ReadAllText(path)) is { Key: not null, Files: not null, Inputs: not null } entry ? entry : null : null;
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            return null;
        }
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the next prune.
        }
    }
}
