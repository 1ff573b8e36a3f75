using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Docker;

namespace Qte.Build.Docker;

/// <summary>
/// The Docker Swarm the swarm target deploys to, asked before the first task: the engine must be a manager with
/// nodes that can take replicas, and an environment may not ask for more replicas than there are nodes.
/// </summary>
public static class SwarmManager
{
    /// <summary>A node as the manager sees it: Ready nodes run their tasks; Ready and Active nodes take new replicas.</summary>
    public sealed record Node(string Id, string Address, bool Ready, bool Active)
    {
        public bool Available => Ready && Active;
    }

    public static IReadOnlyList<Node> Nodes(ICakeContext context) =>
        [.. context.DockerCustomCommand("node ls --quiet")
            .Chunk(50)
            .SelectMany(ids => context.DockerCustomCommand($"node inspect --format {{{{.ID}}}}/{{{{.Status.Addr}}}}/{{{{.Status.State}}}}/{{{{.Spec.Availability}}}} {string.Join(' ', ids)}"))
            .Select(line => line.Split('/'))
            .Where(parts => parts.Length == 4)
            .Select(parts => new Node(parts[0], parts[1], parts[2] == "ready", parts[3] == "active"))];

    /// <summary>Whether the swarm runs a service of this name (Swarm's name filter matches prefixes, so the names are compared here).</summary>
    public static bool ServiceExists(ICakeContext context, string name) =>
        context.DockerCustomCommand($"service ls --format {{{{.Name}}}} --filter name={name}").Contains(name, StringComparer.Ordinal);

    /// <summary>Fails in one line unless the engine is a swarm manager with an available node; returns the number of such nodes.</summary>
    public static int Require(ICakeContext context, string? managerOption)
    {
        var where = managerOption is not null
            ? $"--swarm-manager={managerOption}"
            : context.Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } host ? $"DOCKER_HOST={host}" : "this machine's engine";
        string state;
        try
        {
            state = context.DockerCustomCommand("info --format {{.Swarm.LocalNodeState}}/{{.Swarm.ControlAvailable}}").FirstOrDefault() ?? string.Empty;
        }
        catch (CakeException ex)
        {
            throw new CakeException($"--deploy-target=swarm: no swarm manager answers at {where}: {ex.Message} Start one (build/swarm/cluster.sh up), or name it with --swarm-manager or DOCKER_HOST.");
        }

        if (state != "active/true")
        {
            throw new CakeException(
                $"--deploy-target=swarm: {where} is not a swarm manager (swarm state {state}). Start the local cluster (build/swarm/cluster.sh up), or name a manager with --swarm-manager or DOCKER_HOST.");
        }

        var available = Nodes(context).Count(n => n.Available);
        return available > 0
            ? available
            : throw new CakeException($"--deploy-target=swarm: the swarm of {where} has no node that is Ready and Active to take a replica.");
    }

    /// <summary>Fails in one line, naming the file or option, when an environment asks for more replicas than the swarm has nodes to take them.</summary>
    public static void CheckReplicas(BuildContext context, int availableNodes)
    {
        foreach (var environment in Delivery.ConfigCheck.Environments(context))
        {
            var config = Delivery.DeliveryServices.Config(context, environment);
            var replicas = Qte.Delivery.Configuration.DeploymentSettingsMapper.ToDeploymentSettings(config).Replicas;
            if (replicas > availableNodes)
            {
                throw new CakeException(
                    $"{config.SourceOf("replicas")}: replicas: {replicas} for {environment} is more than the swarm's {availableNodes} available nodes. " +
                    $"Allowed: 0 (one per node) to {availableNodes}: a slot runs at most one replica per node, on the node's host network.");
            }
        }

        context.Log.Information("Swarm: {0} nodes take replicas", availableNodes);
    }
}
