using Cake.Core.Diagnostics;
using Qte.Delivery.Deployment;

namespace Qte.Build.Delivery;

/// <summary>A scale change's or a rolling restart's outcome: artifacts/deploy/&lt;environment&gt;/replica-update.json and one line.</summary>
public static class ReplicaUpdateReport
{
    public static void Write(BuildContext context, ReplicaUpdateResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var file = context.Paths.Deploy(result.Environment).CombineWithFilePath("replica-update.json").FullPath;
        Qte.Primitives.IO.AtomicFile.WriteAllText(file, ReportJson.Serialize(result));
        context.Log.Information(
            "{0} {1} serves {2} from slot {3} on {4} replica(s), {5} before ({6}), after {7:0.0} s.",
            result.Restart ? "Restarted replica by replica:" : "Scaled:", result.ReleaseId, result.Environment, result.Slot, result.ReplicasAfter, result.ReplicasBefore, result.Runs, result.Seconds);
    }
}
