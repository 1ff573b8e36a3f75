using Cake.Core.Diagnostics;
using Cake.Frosting;

namespace Qte.Build.Tasks;

[TaskName("Stage3v3")]
[TaskDescription("Stage 3-v3, monitoring integration: metrics scraped and checked, health watched through the router, Prometheus scrape config and alert rules written.")]
[IsDependentOn(typeof(Stage3v2Task))]
[IsDependentOn(typeof(MonitoringTask))]
public sealed class Stage3v3Task : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context) =>
        context.Log.Information("Stage 3-v3 passed: monitoring files in {0}", context.Paths.Monitoring(context.Delivery.Environment).FullPath);
}
