using Cake.Core.Diagnostics;
using Cake.Frosting;
using Qte.Build.Delivery;
using Qte.Delivery.Environments;
using Qte.Delivery.Processes;
using Qte.Delivery.Routing;
using Qte.Delivery.Slots;

namespace Qte.Build.Tasks;

[TaskName("Status")]
[TaskDescription("Prints what runs where: each environment's router, slots, live release and last deployment.")]
public sealed class StatusTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var root = context.Paths.LiveState.Combine("environments").FullPath;
        var environments = Directory.Exists(root) ? Directory.EnumerateDirectories(root).Select(Path.GetFileName).Order().ToList() : [];
        if (environments.Count == 0)
        {
            context.Log.Information("No environment has been deployed yet.");
        }

        foreach (var name in environments)
        {
            var state = new StateStore(DeliveryServices.PathsOf(context, name!)).Load();
            var router = state.Router is { } r && ProcessControl.IsAlive(r.Pid, RouterProcess.Marker)
                ? $"router on http://127.0.0.1:{r.PublicPort} (admin {r.AdminPort}, pid {r.Pid})"
                : "router down";
            context.Log.Information("{0}: {1}", name, router);
            foreach (var (slot, s) in state.Slots)
            {
                var running = ProcessControl.IsAlive(s.Pid, ProcessSlotRunner.Marker) ? "running" : "not running";
                context.Log.Information("  slot {0}{1}: release {2} ({3}) on {4}, {5}, {6}", slot, slot == state.LiveSlot ? " (live)" : string.Empty, s.ReleaseId, s.Version, s.Address, s.Runs, running);
            }

            if (state.History is [.., var last])
            {
                context.Log.Information("  last deployment: {0} {1} {2:u}: {3}", last.Kind, last.ReleaseId, last.Started, last.Outcome);
            }
        }
    }
}
