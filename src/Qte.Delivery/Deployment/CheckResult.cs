namespace Qte.Delivery.Deployment;

/// <summary>One check of a deployment (readiness, smoke test, health watch): passed or not, and what was seen.</summary>
public sealed record CheckResult(string Name, bool Passed, string Detail, double Seconds);
