using Cake.Common.Tools.DotNet;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Frosting;
using Qte.Build.Caching;

namespace Qte.Build.Tasks;

[TaskName("Restore")]
[TaskDescription("Restores the local tools and the NuGet packages of every project, once, from the committed lock files (locked when CI=true); skipped when no project, lock file or restore output changed since the last restore (--no-cache restores anyway).")]
[IsDependentOn(typeof(CleanTask))]
public sealed class RestoreTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var cache = RunCache.Open(context);
        var root = context.Paths.Root.FullPath;
        if (RunCache.MayRead(context) && cache.TryRestore(RestoreKey.CacheKind, RestoreKey.CacheName, RestoreKey.Compute(root).Value, context.Paths.Artifacts.FullPath, context.Time.GetUtcNow()) is { } hit)
        {
            context.Log.Information("Restore: nothing to do: no project, lock file or restore output changed since run {0} restored.", hit.Run);
            return;
        }

        context.DotNetTool(context.Paths.Solution, "tool", new ProcessArgumentBuilder().Append("restore"));
        context.DotNetRestore(context.Paths.Solution.FullPath);
        cache.Save(RestoreKey.CacheKind, RestoreKey.CacheName, RestoreKey.Compute(root), root, [], context.RunId, context.Time.GetUtcNow());
        cache.Prune(RestoreKey.CacheKind, RestoreKey.CacheName, RunCache.EntriesKept);
    }
}
