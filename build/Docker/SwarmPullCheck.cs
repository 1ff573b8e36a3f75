using System.Diagnostics;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Docker;

namespace Qte.Build.Docker;

/// <summary>
/// Before the first task of a swarm run: can every node pull from the registry the release images go to? The
/// release image does not exist yet, and only a node's own engine can say whether it reaches the registry, so a
/// probe image is pushed there and run once on every node, as a global service that is not restarted: a node that
/// cannot pull rejects its task with the pull's error. Without the check, such a node would only show as a slot that
/// never gets its replicas, minutes into a deploy.
/// </summary>
public static class SwarmPullCheck
{
    private const string Service = "qte-pull-check";

    // The probe is the engine's own init, tini, which Docker builds static: an image of one small file that runs on
    // any node and exits 0 at once (`--version`), so the check costs a push and a start, not a copy of the base image.
    private static readonly string[] InitLocations = ["/usr/libexec/docker/docker-init"];

    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static void Require(ICakeContext context, string registry, string registryNamedBy)
    {
        var init = context.Tools.Resolve("docker-init")?.FullPath ?? InitLocations.FirstOrDefault(File.Exists);
        if (init is null)
        {
            context.Log.Warning("Swarm: whether every node can pull from {0} is unknown: this machine has no docker-init to make the probe image from", registry);
            return;
        }

        var clock = Stopwatch.StartNew();
        var probe = $"{registry}/qte/pull-check:tini";
        Push(context, init, probe, registryNamedBy);
        RemoveProbe(context);
        var nodes = SwarmManager.Nodes(context).Where(n => n.Available).ToDictionary(n => n.Id, StringComparer.Ordinal);
        context.DockerCustomCommand(
            $"service create --detach --quiet --name {Service} --mode global --restart-condition none --network host --no-healthcheck --label qte.check=pull {probe}");
        try
        {
            var outcomes = Outcomes(context, nodes.Count);
            foreach (var (node, (state, error)) in outcomes.Where(o => o.Value.State != "complete"))
            {
                var address = nodes.TryGetValue(node, out var known) ? known.Address : "unknown address";
                // Rejected: the engine could not get the image (Swarm says "No such image"; the pull's own error is in
                // that node's engine log). Failed: it got the image, but could not run it (another architecture).
                var what = state == "rejected" ? $"cannot pull from {registry}" : $"pulled from {registry} but could not run the probe";
                throw new CakeException(
                    $"{registryNamedBy}: swarm node {node} ({address}) {what}: its probe task ended {state}: {error}. " +
                    "Every node pulls the release images from there: make the registry reachable from each node (and trusted by its engine), or name one that is with --docker-registry.");
            }

            var missing = nodes.Keys.Except(outcomes.Keys, StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                throw new CakeException(
                    $"{registryNamedBy}: whether swarm node(s) {string.Join(", ", missing)} can pull from {registry} is unknown: no probe task ended there within {Limit.TotalSeconds:0} s; `docker node ps` says why.");
            }

            context.Log.Information("Swarm: each of the {0} nodes pulled a probe image from {1} ({2:0.0} s)", outcomes.Count, registry, clock.Elapsed.TotalSeconds);
        }
        finally
        {
            RemoveProbe(context);
        }
    }

    private static void Push(ICakeContext context, string init, string probe, string registryNamedBy)
    {
        var folder = Directory.CreateTempSubdirectory("qte-pull-check-");
        try
        {
            File.Copy(init, Path.Combine(folder.FullName, "init"));
            // A new image each run (its label): an engine that has a task's image runs it after a failed pull, so a
            // node that kept an earlier run's probe would pass without reaching the registry.
            File.WriteAllText(
                Path.Combine(folder.FullName, "Dockerfile"),
                $"FROM scratch\nCOPY init /init\nLABEL qte.pull-check={Guid.NewGuid():N}\nENTRYPOINT [\"/init\", \"--version\"]\n");
            context.DockerBuild(new DockerImageBuildSettings { Tag = [probe], Quiet = true, SetupProcessSettings = Quietly }, folder.FullName);
            context.DockerPush(new DockerImagePushSettings { SetupProcessSettings = Quietly }, probe);
        }
        catch (CakeException ex)
        {
            throw new CakeException($"{registryNamedBy}: this machine cannot push to it, and the swarm's nodes pull the release images from there: {ex.Message}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // Each node's task once it ended, by node: complete when the node pulled and ran the probe; rejected (or failed)
    // with the engine's error otherwise. Asked until every node's task ended, or the limit.
    private static Dictionary<string, (string State, string Error)> Outcomes(ICakeContext context, int nodes)
    {
        var clock = Stopwatch.StartNew();
        var ended = new Dictionary<string, (string State, string Error)>(StringComparer.Ordinal);
        while (clock.Elapsed < Limit)
        {
            var tasks = context.DockerCustomCommand($"service ps --quiet {Service}").ToList();
            if (tasks.Count > 0)
            {
                foreach (var line in context.DockerCustomCommand($"inspect --format \"{{{{.NodeID}}}}|{{{{.Status.State}}}}|{{{{.Status.Err}}}}\" {string.Join(' ', tasks)}"))
                {
                    if (line.Split('|', 3) is [var node, var state and ("complete" or "rejected" or "failed"), var error])
                    {
                        // A node that rejected its task first and completed a later one can pull: its pass stands.
                        if (!ended.TryGetValue(node, out var before) || before.State != "complete")
                        {
                            ended[node] = (state, error);
                        }
                    }
                }
            }

            if (ended.Count >= nodes)
            {
                break;
            }

            Thread.Sleep(250);
        }

        return ended;
    }

    private static void RemoveProbe(ICakeContext context)
    {
        if (SwarmManager.ServiceExists(context, Service))
        {
            context.DockerCustomCommand($"service rm {Service}");
        }
    }

    private static void Quietly(Cake.Core.IO.ProcessSettings process) => process.RedirectStandardOutput = true;
}
