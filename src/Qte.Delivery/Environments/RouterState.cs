namespace Qte.Delivery.Environments;

/// <summary>The environment's router process and its ports.</summary>
public sealed record RouterState(int Pid, int PublicPort, int AdminPort, DateTimeOffset Started);
