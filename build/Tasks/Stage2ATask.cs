using Cake.Core.Diagnostics;
using Cake.Frosting;

namespace Qte.Build.Tasks;

[TaskName("Stage2A")]
[TaskDescription("Stage 2A: the version from git in every assembly and in artifacts/build-info.json, CI outputs and job summary, reproducible restore.")]
[IsDependentOn(typeof(Stage1BTask))]
[IsDependentOn(typeof(CiReportTask))]
public sealed class Stage2ATask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context) =>
        context.Log.Information("Stage 2A passed: version {0}, build info in {1}", context.Ci.Version, context.Paths.BuildInfo.FullPath);
}
