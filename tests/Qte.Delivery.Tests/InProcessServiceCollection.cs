namespace Qte.Delivery.Tests;

/// <summary>
/// Tests that host the service in this process run one at a time: its metrics are process-wide (prometheus-net's
/// default registry), so one test's traffic would show in another's request counts.
/// </summary>
[CollectionDefinition(Name)]
public sealed class InProcessServiceCollection
{
    public const string Name = "Services in this process";
}
