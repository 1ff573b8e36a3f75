namespace Qte.Delivery.Deployment;

/// <summary>
/// Before any user reaches the new release, as Argo Rollouts' pre-promotion analysis: a smoke test on the slot's own
/// port (the preview). Blue-green and canary both start with it.
/// </summary>
internal static class PrePromotionCheck
{
    /// <summary>The refused deployment's result when the check failed; null when the release may take traffic.</summary>
    public static async Task<DeploymentResult?> RefusedAsync(Rollout rollout, RolloutContext context)
    {
        var preview = await rollout.Checks.SmokeTestAsync(rollout.Slot.Address, rollout.Release, "pre-promotion smoke test");
        rollout.Results.Add(preview);
        return preview.Passed ? null : context.Rollback.Refuse(rollout, preview);
    }
}
