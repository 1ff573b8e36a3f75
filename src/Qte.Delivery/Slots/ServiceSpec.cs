namespace Qte.Delivery.Slots;

/// <summary>
/// A Swarm service to create for a slot: its image and name, its environment and shared folders (as a container's),
/// labels, how many replicas (at most one per node: they share the node's host network and the slot's port), how
/// long a replica may drain when it is stopped.
/// </summary>
public sealed record ServiceSpec(
    string Image,
    string Name,
    IReadOnlyDictionary<string, string> Environment,
    IReadOnlyList<string> SharedFolders,
    IReadOnlyDictionary<string, string> Labels,
    int Replicas,
    TimeSpan StopGracePeriod);
