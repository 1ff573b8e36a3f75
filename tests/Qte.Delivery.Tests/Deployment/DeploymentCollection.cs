namespace Qte.Delivery.Tests.Deployment;

/// <summary>
/// Deployment tests run one at a time: each starts a router, service processes and traffic, and on two cores several
/// at once starve the router's health checks into timeouts, which would fail a test for the machine's sake.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DeploymentCollection
{
    public const string Name = "Deployments";
}
