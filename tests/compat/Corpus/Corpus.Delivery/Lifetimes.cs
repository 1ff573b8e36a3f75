using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;

namespace Corpus.Delivery;

public sealed class AnnounceRelease : FrostingSetup<DeliveryContext>
{
    public override void Setup(DeliveryContext context, ISetupContext info) =>
        context.Log.Information("Setup: releasing {0}", System.IO.Path.GetFileName(System.IO.Path.GetFullPath(context.Repository)));
}

public sealed class SummarizeRelease : FrostingTeardown<DeliveryContext>
{
    public override void Teardown(DeliveryContext context, ITeardownContext info) =>
        context.Log.Information("Teardown: {0}:{1} {2}", context.Image, context.Version, info.Successful ? "released" : "failed");
}

public sealed class LogTaskStart : FrostingTaskSetup<DeliveryContext>
{
    public override void Setup(DeliveryContext context, ITaskSetupContext info) =>
        context.Log.Information("Task setup: {0}", info.Task.Name);
}

public sealed class LogTaskEnd : FrostingTaskTeardown<DeliveryContext>
{
    public override void Teardown(DeliveryContext context, ITaskTeardownContext info) =>
        context.Log.Information("Task teardown: {0}", info.Task.Name);
}
