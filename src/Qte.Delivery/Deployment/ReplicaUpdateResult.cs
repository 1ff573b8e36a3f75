namespace Qte.Delivery.Deployment;

/// <summary>What a scale change or a rolling restart did: the live slot's replicas before and after, and how long it took.</summary>
public sealed record ReplicaUpdateResult(string Environment, string Slot, string ReleaseId, bool Restart, int ReplicasBefore, int ReplicasAfter, string Runs, double Seconds);
