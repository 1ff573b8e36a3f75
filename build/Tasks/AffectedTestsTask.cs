using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using Qte.Build.Git;
using Qte.Pipeline.Quality.Affected;

namespace Qte.Build.Tasks;

[TaskName("AffectedTests")]
[TaskDescription("Maps the files changed since --base-ref (default: the merge base with main, else HEAD~1) to the test projects that reach them and prints the plan; with --affected-only the Test task runs only those.")]
public sealed class AffectedTestsTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var (files, baseDescription) = ChangedFilesReader.Read(context, context.Paths.Root, context.QualityOptions.BaseRef);
        if (files is null && context.QualityOptions.BaseRef is not null)
        {
            throw new CakeException($"{baseDescription}. Allowed: a branch, tag or commit, e.g. --base-ref=origin/main.");
        }

        var plan = files is null
            ? AffectedTestPlan.Everything(baseDescription, [])
            : AffectedTestPlan.Compute(ProjectGraph.Load(context.Paths.Root.FullPath, context.Paths.Solution.FullPath), files);
        context.Ci.AffectedTests = plan;
        context.Log.Information("Affected tests (against {0}): {1}{2}", baseDescription, plan.Describe(), context.QualityOptions.AffectedOnly ? string.Empty : "; all run (--affected-only runs only these)");
    }
}
