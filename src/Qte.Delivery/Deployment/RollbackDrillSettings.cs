namespace Qte.Delivery.Deployment;

/// <summary>
/// Stage 3-v4's drill (rollbackDrill.*): whether it runs, and the faulty build it deploys over the live release, one
/// that passes its smoke test and fails a share of requests after its first few under traffic.
/// </summary>
public sealed record RollbackDrillSettings(bool Enabled = false, double FaultRate = 0.5, int FaultAfterRequests = 50)
{
    /// <summary>
    /// The shortest health watch a drill runs: the fault shows only after <see cref="FaultAfterRequests"/> requests, and
    /// on a loaded machine the generated traffic may take seconds to send them (a 1 s watch once saw none fail).
    /// </summary>
    public static readonly TimeSpan MinimumWatch = TimeSpan.FromSeconds(3);

    /// <summary>The release variables that make the serving release's build faulty.</summary>
    public IReadOnlyList<string> FaultVariables() =>
    [
        FormattableString.Invariant($"QTE_FAULT_RATE={FaultRate}"),
        FormattableString.Invariant($"QTE_FAULT_AFTER_REQUESTS={FaultAfterRequests}"),
    ];

    /// <summary>The config changes of the faulty deployment: its variables, and a health watch of at least <see cref="MinimumWatch"/>.</summary>
    public IReadOnlyList<string> FaultSets(TimeSpan watch) =>
    [
        .. FaultVariables().Select(v => "release.env." + v),
        FormattableString.Invariant($"healthWatchSeconds={Math.Ceiling(Math.Max(watch.TotalSeconds, MinimumWatch.TotalSeconds))}"),
    ];
}
