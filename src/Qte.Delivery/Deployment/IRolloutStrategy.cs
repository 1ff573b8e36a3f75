namespace Qte.Delivery.Deployment;

/// <summary>
/// How a strategy moves the traffic to a release that is ready in the idle slot, and when it gives it back. The
/// <see cref="Deployer"/> has started the release and checked its readiness; the strategy ends the deployment through
/// the context's <see cref="SlotPromotion"/> or <see cref="SlotRollback"/>.
/// </summary>
internal interface IRolloutStrategy
{
    /// <summary>The name an environment's config gives it (its "strategy" key).</summary>
    string Name { get; }

    Task<DeploymentResult> RunAsync(Rollout rollout, RolloutContext context);
}
