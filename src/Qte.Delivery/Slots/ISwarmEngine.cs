using Qte.Delivery.Environments;

namespace Qte.Delivery.Slots;

/// <summary>
/// A Docker Swarm manager as slots need it. The build implements it with the Cake.Docker aliases; this library knows
/// nothing of Cake or of the docker CLI.
/// </summary>
public interface ISwarmEngine
{
    /// <summary>The nodes that can take a replica now (Ready and Active).</summary>
    int AvailableNodes();

    /// <summary>Creates the service (a left-over of the same name is removed first) and returns without waiting for its tasks.</summary>
    void CreateService(ServiceSpec spec);

    /// <summary>The service's replicas whose container runs, each with its node's address and the slot's port.</summary>
    IReadOnlyList<Replica> RunningReplicas(string service, int port);

    /// <summary>Why the service's tasks do not run, as Swarm says it (e.g. "No such image"), or null.</summary>
    string? TaskErrors(string service);

    /// <summary>Changes the running service with Swarm's rolling update and returns without waiting for it.</summary>
    void UpdateService(ServiceUpdate update);

    /// <summary>The state of the service's last rolling update, or null when none ran since its spec last changed.</summary>
    ServiceUpdateStatus? UpdateStatus(string service);

    /// <summary>
    /// Removes the service: Swarm stops each replica (its stop signal, then its grace period) and deletes it. Returns once
    /// the engines this machine runs hold none of its containers.
    /// </summary>
    void RemoveService(string service);
}
