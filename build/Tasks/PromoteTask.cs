using Cake.Core;
using Cake.Frosting;
using Qte.Build.Delivery;

namespace Qte.Build.Tasks;

[TaskName("Promote")]
[TaskDescription("Deploys to --to the very release (same SHA-256) that serves in --from, e.g. --from=dev --to=staging.")]
public sealed class PromoteTask : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var from = context.Delivery.From ?? throw new CakeException("--from: required: the environment whose release to promote, e.g. --from=dev.");
        var to = context.Delivery.To ?? throw new CakeException("--to: required: the environment to promote to, e.g. --to=staging.");
        await Promotion.PromoteAsync(context, from, to);
    }
}
