using Cake.Frosting;
using Qte.Build.Delivery;

namespace Qte.Build.Tasks;

[TaskName("Down")]
[TaskDescription("Stops --environment's router and slots (the history is kept).")]
public sealed class DownTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context) =>
        DeliveryServices.Deployer(context, DeliveryServices.Config(context, context.Delivery.Environment)).Down();
}
