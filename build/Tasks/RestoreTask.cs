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
        var root = context.Paths.Root.FullPath;
        if (RunCache.TryReuse(context, RestoreKey.CacheKind, RestoreKey.CacheName, RestoreKey.Compute(root)) is { } hit)
        {
            context.Log.Information("Restore: nothing to do: no project, lock file or restore output changed since run {0} restored.", hit.Run);
            return;
        }

        context.DotNetTool(context.Paths.Solution, "tool", new ProcessArgumentBuilder().Append("restore"));
        context.DotNetRestore(context.Paths.Solution.FullPath);
        // The key after the restore: it includes what the restore wrote.
        RunCache.Store(context, RestoreKey.CacheKind, RestoreKey.CacheName, RestoreKey.Compute(root), []);
    }
}
