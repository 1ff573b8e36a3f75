namespace Qte.Delivery.Canary;

/// <summary>
/// canary-analysis.json: which release ran as the canary against which, every step, how it ended, the share of all
/// requests the canary answered, after an abort the seconds from its first request to the rollback, and the decision
/// method with the error rate it guarantees.
/// </summary>
public sealed record CanaryReport(
    string Environment,
    string StableReleaseId,
    string StableSlot,
    string CanaryReleaseId,
    string CanarySlot,
    bool Baseline,
    string Outcome,
    string Reason,
    IReadOnlyList<CanaryStepReport> Steps,
    long CanaryRequests,
    long TotalRequests,
    double? FirstCanaryRequestToRollbackSeconds,
    LoadTesting.TrafficSummary? Traffic,
    string Method)
{
    /// <summary>The canary's share of every request both slots answered during the canary.</summary>
    public double CanaryShare => TotalRequests == 0 ? 0 : (double)CanaryRequests / TotalRequests;
}
