namespace Qte.Delivery.Tests.Deployment;

/// <summary>
/// Deployment tests run one at a time: each starts a router, service processes and traffic, and on two cores several
/// at once starve the router's health checks into timeouts, which would fail a test for the machine's sake. The tests
/// that put load on the machine (the load engine's, the performance stage's, the sampler's busy thread) run in this
/// collection too: beside a canary's judgement they made the stable slot's p95 jump to 300 ms.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DeploymentCollection
{
    public const string Name = "Deployments";
}
