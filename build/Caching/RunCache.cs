using Cake.Core.Diagnostics;
using Qte.Pipeline.Caching;

namespace Qte.Build.Caching;

/// <summary>The run's result cache under artifacts/cache/ (kept by Clean), and whether this run may read from it.</summary>
public static class RunCache
{
    /// <summary>Entries kept per cached thing (a test project, a scan): enough for switching between a few branches.</summary>
    public const int EntriesKept = 5;

    public static ResultCache Open(BuildContext context) =>
        new(context.Paths.Cache.FullPath, warning => context.Log.Warning(warning));

    /// <summary>Whether a hit may be used: not with --no-cache, which still stores what it computes.</summary>
    public static bool MayRead(BuildContext context) => !context.CacheOptions.NoCache;
}
