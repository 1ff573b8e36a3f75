namespace Qte.Pipeline.Caching;

/// <summary>
/// What a cache entry holds: the key and its inputs' hashes, when and by which run it was stored, small facts the
/// producer wants back on a hit (counts, durations), and each stored file with its SHA-256.
/// </summary>
public sealed record CacheEntry(
    string Key,
    DateTimeOffset Created,
    string Run,
    IReadOnlyDictionary<string, string> Inputs,
    IReadOnlyDictionary<string, string> Facts,
    IReadOnlyList<CachedFile> Files);

/// <summary>A stored file: its path relative to the folder it is restored into, and its SHA-256.</summary>
public sealed record CachedFile(string Path, string Sha256);
