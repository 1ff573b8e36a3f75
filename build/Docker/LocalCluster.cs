using Cake.Common;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Docker;

namespace Qte.Build.Docker;

/// <summary>
/// The local 3-node swarm of ClusterUp and ClusterDown. build/swarm/cluster.sh does what is not Docker (the bridge,
/// the network namespaces, each worker's engine and registry, the base layers in every store); the membership is
/// Cake.Docker's swarm aliases: this machine's engine becomes the manager, the workers join and leave.
/// </summary>
public static class LocalCluster
{
    // cluster.sh's addresses and folders: the manager advertises 10.77.0.1 on the bridge, worker N is 10.77.0.(N+1).
    private const string ManagerAddress = "10.77.0.1";
    private const int Workers = 2;
    private const string State = "/run/qte-swarm";
    private static readonly TimeSpan NodesReadyTimeout = TimeSpan.FromSeconds(30);

    public static void Up(ICakeContext context)
    {
        Nodes(context, "nodes-up");
        switch (Swarm(context, "{{.Swarm.LocalNodeState}}/{{.Swarm.ControlAvailable}}"))
        {
            case "active/true":
                var advertised = Swarm(context, "{{.Swarm.NodeAddr}}");
                if (advertised != ManagerAddress)
                {
                    throw new CakeException($"ClusterUp: this engine's swarm advertises {advertised}, which the workers cannot reach; leave it (docker swarm leave --force) or run ClusterDown first.");
                }

                break;
            case var state when state.StartsWith("active/", StringComparison.Ordinal):
                throw new CakeException("ClusterUp: this engine is a swarm worker; run ClusterUp on a manager, or leave that swarm first.");
            default:
                // One finished task kept per replica, not Swarm's five: every slot is a new service, and `docker service
                // ps` (which the swarm target reads while it waits) stays short.
                // Its output is kept from the console: it prints the workers' join token, a secret.
                context.DockerSwarmInit(new DockerSwarmInitSettings
                {
                    AdvertiseAddr = ManagerAddress,
                    TaskHistoryLimit = 1,
                    SetupProcessSettings = process => process.RedirectStandardOutput = true,
                });
                break;
        }

        var token = context.DockerCustomCommand("swarm join-token --quiet worker").Single();
        for (var n = 1; n <= Workers; n++)
        {
            var worker = OnWorker(n);
            // A worker whose engine was killed and started again keeps its membership in its data root.
            if (Swarm(context, "{{.Swarm.LocalNodeState}}", worker) == "inactive")
            {
                context.DockerSwarmJoin(
                    new DockerSwarmJoinSettings { Token = token, AdvertiseAddr = $"10.77.0.{n + 1}", EnvironmentVariables = worker },
                    $"{ManagerAddress}:2377");
            }
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (SwarmManager.Nodes(context).Count(node => node.Ready) < Workers + 1)
        {
            if (clock.Elapsed > NodesReadyTimeout)
            {
                throw new CakeException($"ClusterUp: the swarm has not {Workers + 1} Ready nodes after {NodesReadyTimeout.TotalSeconds:0} s; `docker node ls` says which.");
            }

            Thread.Sleep(200);
        }

        Nodes(context, "status");
    }

    public static void Down(ICakeContext context)
    {
        var managerAnswers = TryDocker(() => Swarm(context, "{{.Swarm.LocalNodeState}}")) is "active";
        if (managerAnswers)
        {
            var services = context.DockerCustomCommand("service ls --quiet --filter name=qte-").ToList();
            if (services.Count > 0)
            {
                context.DockerCustomCommand($"service rm {string.Join(' ', services)}");
            }
        }

        for (var n = 1; n <= Workers; n++)
        {
            // A worker whose engine is gone has nothing to leave: cluster.sh kills what is left of it.
            TryDocker(() => context.DockerSwarmLeave(new DockerSwarmLeaveSettings { Force = true, EnvironmentVariables = OnWorker(n) }));
        }

        // The swarm is the local cluster's when it advertises the bridge's address: the only swarm Up makes or accepts.
        // The swarm's own state says so after a reboot, when a marker under /run would be gone and the engine, started
        // again, brings the swarm and its services back.
        var ours = managerAnswers && TryDocker(() => Swarm(context, "{{.Swarm.NodeAddr}}")) == ManagerAddress;
        Nodes(context, "nodes-down");
        if (ours)
        {
            context.DockerSwarmLeave(new DockerSwarmLeaveSettings { Force = true });
        }

        context.Log.Information("cluster: down: no qte service, worker, namespace or link is left");
    }

    /// <summary>
    /// The engines whose containers live on this machine: the docker CLI's own (the manager, unless DOCKER_HOST or
    /// --swarm-manager names another), then each local worker whose socket exists. Each as the environment that reaches it.
    /// </summary>
    public static IEnumerable<Dictionary<string, string>> EnginesOnThisMachine()
    {
        yield return new Dictionary<string, string>(StringComparer.Ordinal);
        for (var n = 1; n <= Workers; n++)
        {
            if (File.Exists($"{State}/{n}/docker.sock"))
            {
                yield return OnWorker(n);
            }
        }
    }

    private static Dictionary<string, string> OnWorker(int n) => new(StringComparer.Ordinal) { ["DOCKER_HOST"] = $"unix://{State}/{n}/docker.sock" };

    private static string Swarm(ICakeContext context, string format, Dictionary<string, string>? environment = null) =>
        context.DockerCustomCommand(new DockerCustomCommandSettings { EnvironmentVariables = environment ?? new() }, $"info --format {format}").FirstOrDefault() ?? string.Empty;

    private static T? TryDocker<T>(Func<T> call)
    {
        try
        {
            return call();
        }
        catch (CakeException)
        {
            return default;
        }
    }

    private static void TryDocker(Action call) => TryDocker<bool>(() =>
    {
        call();
        return true;
    });

    // cluster.sh: nodes-up, nodes-down or status.
    private static void Nodes(ICakeContext context, string command)
    {
        var exitCode = context.StartProcess("bash", new ProcessSettings { Arguments = new ProcessArgumentBuilder().Append("build/swarm/cluster.sh").Append(command) });
        if (exitCode != 0)
        {
            throw new CakeException($"build/swarm/cluster.sh {command} exited {exitCode} (its last line says why).");
        }
    }
}
