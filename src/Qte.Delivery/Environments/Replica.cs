namespace Qte.Delivery.Environments;

/// <summary>
/// One replica of a slot that runs on a cluster: the node it runs on, the address it answers on there, and its main
/// process as that node's engine reports it (the pid the load test samples).
/// </summary>
public sealed record Replica(string Node, string Address, int Pid);
