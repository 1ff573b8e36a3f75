using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Qte.Pipeline.Caching;

/// <summary>
/// A cache key: the SHA-256 of named inputs (files by content, texts by value), each input's own hash kept so that a
/// miss can name what changed. Names are the inputs' identities: a file's path relative to where it was found.
/// </summary>
public sealed class ContentKey
{
    private readonly SortedDictionary<string, string> _inputs = new(StringComparer.Ordinal);

    /// <summary>Each input's name and the SHA-256 of its content, hex.</summary>
    public IReadOnlyDictionary<string, string> Inputs => _inputs;

    /// <summary>The key: the SHA-256 of every input's name and hash, in name order, hex.</summary>
    public string Value
    {
        get
        {
            var text = new StringBuilder();
            foreach (var (name, hash) in _inputs)
            {
                text.Append(name).Append('\0').Append(hash).Append('\n');
            }

            return Hash(Encoding.UTF8.GetBytes(text.ToString()));
        }
    }

    /// <summary>An input whose hash is already known, e.g. one of another key's inputs.</summary>
    public ContentKey AddHash(string name, string hash)
    {
        _inputs[name] = hash;
        return this;
    }

    public ContentKey AddText(string name, string? value)
    {
        _inputs[name] = value is null ? "absent" : Hash(Encoding.UTF8.GetBytes(value));
        return this;
    }

    public ContentKey AddFile(string name, string path)
    {
        if (!File.Exists(path))
        {
            _inputs[name] = "absent";
            return this;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, FileOptions.SequentialScan);
        _inputs[name] = Convert.ToHexStringLower(SHA256.HashData(stream));
        return this;
    }

    /// <summary>Every file under a folder that <paramref name="include"/> accepts, named prefix/relative path.</summary>
    public ContentKey AddDirectory(string prefix, string directory, Func<string, bool>? include = null)
    {
        if (!Directory.Exists(directory))
        {
            _inputs[prefix + "/"] = "absent";
            return this;
        }

        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(directory, file).Replace('\\', '/');
            if (include is null || include(relative))
            {
                AddFile($"{prefix}/{relative}", file);
            }
        }

        return this;
    }

    /// <summary>The inputs that differ between two keys' inputs, by name: changed, added or gone, at most <paramref name="limit"/>.</summary>
    public static IReadOnlyList<string> Changed(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> now, int limit = 5)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(now);
        var changed = now.Where(p => !before.TryGetValue(p.Key, out var hash) || hash != p.Value).Select(p => before.ContainsKey(p.Key) ? p.Key : $"{p.Key} (new)")
            .Concat(before.Keys.Where(k => !now.ContainsKey(k)).Select(k => $"{k} (gone)"))
            .Order(StringComparer.Ordinal)
            .ToList();
        return changed.Count <= limit
            ? changed
            : [.. changed.Take(limit), string.Create(CultureInfo.InvariantCulture, $"{changed.Count - limit} more")];
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
