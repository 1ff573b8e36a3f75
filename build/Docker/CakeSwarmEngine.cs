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
        if (context.DockerCustomCommand($"service ls --quiet --filter name=^{spec.Name}$").Any())
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
            .. RollingUpdatePolicy(spec.StartFirst),
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
            .. RollingUpdatePolicy(update.StartFirst),
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
    // over a monitor window, and Swarm's own rollback (in the same order) when one fails. Start-first only where a node
    // is free for the successor (see ServiceSpec.StartFirst).
    private static string[] RollingUpdatePolicy(bool startFirst)
    {
        var order = startFirst ? "start-first" : "stop-first";
        return
        [
            "--update-parallelism", "1", "--update-order", order, "--update-failure-action", "rollback", "--update-monitor", "10s",
            "--rollback-parallelism", "1", "--rollback-order", order,
        ];
    }

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
        // Scaled to none first, waiting until Swarm has stopped every replica (each with its grace period), so a
        // stopped slot is stopped when this returns, as a container slot's docker stop is; then removed.
        context.DockerCustomCommand($"service scale --detach {service}=0");
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < StopTimeout && RunsOnReadyNode(service))
        {
            Thread.Sleep(250);
        }

        context.DockerCustomCommand($"service rm {service}");
        WaitUntilContainersRemoved(service);
    });

    // Longer than any grace period the config allows (drainSeconds is at most 600).
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(620);

    // About 9 s on the local cluster (three vfs copies of the image deleted at once); a limit, not an expectation.
    private static readonly TimeSpan RemovalTimeout = TimeSpan.FromSeconds(60);

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

    // A task on a node that is down still reads "running" to the manager, which cannot reach it: only the replicas on
    // ready nodes are waited for.
    private bool RunsOnReadyNode(string service)
    {
        try
        {
            var tasks = context.DockerCustomCommand($"service ps --quiet {service}").ToList();
            if (tasks.Count == 0)
            {
                return false;
            }

            var ready = SwarmManager.Nodes(context).Where(n => n.Ready).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
            return context.DockerCustomCommand($"inspect --format {{{{.NodeID}}}}/{{{{.Status.State}}}} {string.Join(' ', tasks)}")
                .Select(line => line.Split('/'))
                .Any(parts => parts is [var node, "running" or "starting" or "preparing" or "assigned" or "accepted" or "ready"] && ready.Contains(node));
        }
        catch (CakeException)
        {
            // A task Swarm pruned between the two calls: ask again.
            return true;
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
