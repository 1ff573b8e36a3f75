using Cake.Core.Diagnostics;
using Qte.Pipeline.Caching;

namespace Qte.Build.Caching;

/// <summary>
/// The run's result cache under artifacts/cache/ (kept by Clean): a stored result is restored into artifacts/ when its
/// content key comes again, unless --no-cache; what a run computes is stored either way.
/// </summary>
public static class RunCache
{
    /// <summary>Entries kept per cached thing (a test project, a scan): enough for switching between a few branches.</summary>
    public const int EntriesKept = 5;

    public static ResultCache Open(BuildContext context) =>
        new(context.Paths.Cache.FullPath, warning => context.Log.Warning(warning));

    /// <summary>Whether a hit may be used: not with --no-cache, which still stores what it computes.</summary>
    public static bool MayRead(BuildContext context) => !context.CacheOptions.NoCache;

    /// <summary>The entry stored under the key, its files restored into artifacts/; null on a miss or with --no-cache.</summary>
    public static CacheEntry? TryReuse(BuildContext context, string kind, string name, ContentKey key, TimeSpan? maxAge = null) =>
        MayRead(context)
            ? Open(context).TryRestore(kind, name, key.Value, context.Paths.Artifacts.FullPath, context.Time.GetUtcNow(), maxAge)
            : null;

    /// <summary>Stores files of artifacts/ (paths relative to it) under the key, and keeps the newest entries.</summary>
    public static void Store(BuildContext context, string kind, string name, ContentKey key, IEnumerable<string> files, IReadOnlyDictionary<string, string>? facts = null)
    {
        var cache = Open(context);
        cache.Save(kind, name, key, context.Paths.Artifacts.FullPath, files, context.Run.Id, context.Time.GetUtcNow(), facts);
        cache.Prune(kind, name, EntriesKept);
    }
}
