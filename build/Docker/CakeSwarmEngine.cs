using System.Globalization;
using Cake.Core;
using Cake.Docker;
using Qte.Delivery;
using Qte.Delivery.Environments;
using Qte.Delivery.Slots;

namespace Qte.Build.Docker;

/// <summary>
/// The Swarm manager of service slots, through the Cake.Docker aliases. Cake.Docker has swarm aliases (init, join,
/// leave, update) but none for services or nodes, so those go through DockerCustomCommand.
/// </summary>
public sealed class CakeSwarmEngine(ICakeContext context) : ISwarmEngine
{
    private readonly Dictionary<string, string> _nodeAddresses = new(StringComparer.Ordinal);

    public int AvailableNodes() => SwarmManager.Nodes(context).Count(n => n.Available);

    public void CreateService(ServiceSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (SwarmManager.ServiceExists(context, spec.Name))
        {
            RemoveService(spec.Name);
        }

        var grace = (int)Math.Ceiling(spec.StopGracePeriod.TotalSeconds);
        string[] options =
        [
            "--detach", "--name", spec.Name, "--network", "host",
            "--replicas", spec.Replicas.ToString(CultureInfo.InvariantCulture), "--replicas-max-per-node", "1",
            "--stop-grace-period", $"{grace}s",
            // The image's HEALTHCHECK with more patience: Swarm kills a replica it finds unhealthy. On the local
            // cluster under load a check's exec took over the image's 3 s (the engine logs "context deadline
            // exceeded"), and Swarm killed starting and serving replicas alike (exit 137, "unhealthy container"). The
            // router's own per-replica check (healthCheckIntervalMs) still takes a failing replica out at once.
            "--health-timeout", "10s", "--health-start-period", "60s",
            .. RollingUpdatePolicy,
            // Names only: docker takes each value from its own environment, so none is on a command line (or in a log).
            .. spec.Environment.Keys.SelectMany(name => new[] { "--env", name }),
            .. spec.SharedFolders.SelectMany(folder => new[] { "--mount", $"type=bind,source={folder},target={folder}" }),
            .. spec.Labels.SelectMany(label => new[] { "--label", $"{label.Key}={label.Value}", "--container-label", $"{label.Key}={label.Value}" }),
        ];
        Docker(() => context.DockerCustomCommand(
            new DockerCustomCommandSettings { EnvironmentVariables = new Dictionary<string, string>(spec.Environment) },
            $"service create {string.Join(' ', options)} {spec.Image}"));
    }

    public void UpdateService(ServiceUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        string[] options =
        [
            "--detach", "--replicas", update.Replicas.ToString(CultureInfo.InvariantCulture),
            .. RollingUpdatePolicy,
            .. update.Restart ? new[] { "--force" } : [],
        ];
        Docker(() => context.DockerCustomCommand($"service update {string.Join(' ', options)} {update.Name}"));
    }

    public ServiceUpdateStatus? UpdateStatus(string service)
    {
        try
        {
            var line = context.DockerCustomCommand($"service inspect --format \"{{{{if .UpdateStatus}}}}{{{{.UpdateStatus.State}}}}/{{{{.UpdateStatus.Message}}}}{{{{end}}}}\" {service}").FirstOrDefault();
            return line?.Split('/', 2) is [var state, var message] && state.Length > 0 ? new ServiceUpdateStatus(state, message) : null;
        }
        catch (CakeException)
        {
            return null;
        }
    }

    // What a Swarm user expects of a rolling change within the slot: one replica at a time, judged by its health check
    // over a monitor window, and Swarm's own rollback when one fails. Stop-first, though start-first is the usual wish:
    // replicas listen on their node's host port, at most one per node. Where every node runs one, a start-first
    // successor has no node and the update waits forever ("no suitable node"); where a node is free, the next
    // successor can land on a node whose old replica is still stopping and holding the port, fail to bind, and Swarm
    // rolls the whole update back (both seen on the local cluster). The replica's stop delay covers the stop-first gap.
    private static readonly string[] RollingUpdatePolicy =
    [
        "--update-parallelism", "1", "--update-order", "stop-first", "--update-failure-action", "rollback", "--update-monitor", "10s",
        "--rollback-parallelism", "1", "--rollback-order", "stop-first",
    ];

    public IReadOnlyList<Replica> RunningReplicas(string service, int port)
    {
        try
        {
            var tasks = context.DockerCustomCommand($"service ps --quiet --filter desired-state=running {service}").ToList();
            if (tasks.Count == 0)
            {
                return [];
            }

            var replicas = new List<Replica>();
            foreach (var line in context.DockerCustomCommand($"inspect --format {{{{.NodeID}}}}/{{{{.Status.State}}}}/{{{{.Status.ContainerStatus.PID}}}} {string.Join(' ', tasks)}"))
            {
                if (line.Split('/') is [var node, "running", var pidText] && int.TryParse(pidText, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && pid > 0)
                {
                    replicas.Add(new Replica(node, $"http://{AddressOf(node)}:{port.ToString(CultureInfo.InvariantCulture)}", pid));
                }
            }

            return [.. replicas.OrderBy(r => r.Address, StringComparer.Ordinal)];
        }
        catch (CakeException)
        {
            return [];
        }
    }

    public string? TaskErrors(string service)
    {
        try
        {
            var errors = context.DockerCustomCommand($"service ps --no-trunc --format {{{{.Error}}}} {service}").Where(e => e.Length > 0).Distinct().ToList();
            return errors.Count == 0 ? null : string.Join("; ", errors);
        }
        catch (CakeException)
        {
            return null;
        }
    }

    public void RemoveService(string service) => Docker(() =>
    {
        // Removed at once, not scaled to none first: the manager of docker.io 20.10 (swarmkit) crashed here on a nil
        // task in SetServiceTasksRemove when `service rm` met the tasks that a scale to none had left for its task
        // reaper, which deleted one meanwhile. Swarm stops each replica (its stop signal, then the grace period) and
        // deletes it; that is waited for on the engines this machine runs.
        context.DockerCustomCommand($"service rm {service}");
        WaitUntilContainersRemoved(service);
    });

    // Longer than any grace period the config allows (drainSeconds is at most 600), and the deletion after it.
    private static readonly TimeSpan RemovalTimeout = TimeSpan.FromSeconds(660);

    // `docker service rm` returns before the nodes delete the replicas' containers. Each node's engine does that on its
    // own machine; with the vfs driver it is a whole copy of the image per container, seconds of CPU and disk. Where
    // that machine is this one (the manager's engine, the local cluster's workers) the next stage would measure its
    // latency beside it: a load test's p95 went from 75-95 ms to 555 ms with one service's removal running. So the
    // removal is waited for on the engines this machine runs; other machines' clean-up disturbs nothing here.
    private void WaitUntilContainersRemoved(string service)
    {
        var filter = $"ps --all --quiet --filter label=com.docker.swarm.service.name={service}";
        var waited = System.Diagnostics.Stopwatch.StartNew();
        foreach (var engine in LocalCluster.EnginesOnThisMachine())
        {
            var settings = new DockerCustomCommandSettings { EnvironmentVariables = engine };
            while (waited.Elapsed < RemovalTimeout && TryDocker(() => context.DockerCustomCommand(settings, filter).Any()))
            {
                Thread.Sleep(250);
            }
        }
    }

    // An engine that stopped answering (a worker killed by a fault check) has nothing left to wait for.
    private static bool TryDocker(Func<bool> call)
    {
        try
        {
            return call();
        }
        catch (CakeException)
        {
            return false;
        }
    }

    private string AddressOf(string node)
    {
        if (!_nodeAddresses.TryGetValue(node, out var address))
        {
            foreach (var known in SwarmManager.Nodes(context))
            {
                _nodeAddresses[known.Id] = known.Address;
            }

            address = _nodeAddresses.GetValueOrDefault(node) ?? throw new DeliveryException($"Swarm node {node} has no address the manager knows.");
        }

        return address;
    }

    private static void Docker(Action action)
    {
        try
        {
            action();
        }
        catch (CakeException ex)
        {
            throw new DeliveryException(ex.Message, ex);
        }
    }
}
