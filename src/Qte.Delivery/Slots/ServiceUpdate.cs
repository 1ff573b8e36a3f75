namespace Qte.Delivery.Slots;

/// <summary>
/// A change to a running slot's Swarm service, made by Swarm's rolling update: how many replicas it runs, and whether
/// each replica is replaced in turn (a rolling restart, `docker service update --force`).
/// </summary>
public sealed record ServiceUpdate(string Name, int Replicas, bool Restart);

/// <summary>Swarm's state of a service's last rolling update (updating, completed, paused, rollback_started, rollback_completed, ...) and its message.</summary>
public sealed record ServiceUpdateStatus(string State, string Message)
{
    /// <summary>The update ended without its change: Swarm rolled it back or paused it on a failed replica.</summary>
    public bool Failed => State is "paused" or "rollback_started" or "rollback_paused" or "rollback_completed";
}
