namespace Qte.Delivery.Slots;

/// <summary>
/// A Swarm service to create for a slot: its image and name, its environment and shared folders (as a container's),
/// labels, how many replicas (at most one per node: they share the node's host network and the slot's port), how
/// long a replica may drain when it is stopped, and the order of a rolling update's replacement.
/// </summary>
/// <param name="StartFirst">
/// A replaced replica's successor starts before it stops (Swarm's start-first) where a node is free to take it;
/// where every available node runs a replica, the old one must stop first: a node runs at most one, on the slot's port.
/// </param>
public sealed record ServiceSpec(
    string Image,
    string Name,
    IReadOnlyDictionary<string, string> Environment,
    IReadOnlyList<string> SharedFolders,
    IReadOnlyDictionary<string, string> Labels,
    int Replicas,
    TimeSpan StopGracePeriod,
    bool StartFirst);
