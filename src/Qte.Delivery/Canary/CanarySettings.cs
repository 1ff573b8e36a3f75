namespace Qte.Delivery.Canary;

/// <summary>The canary's steps and the analysis' thresholds, from the environment's effective config (canary.*).</summary>
public sealed record CanarySettings
{
    /// <summary>The canary's share of users at each step, in percent, increasing, ending at 100.</summary>
    public IReadOnlyList<int> Steps { get; init; } = [10, 25, 50, 100];

    /// <summary>How long each step's analysis window lasts before the step may pass.</summary>
    public TimeSpan StepDuration { get; init; } = TimeSpan.FromSeconds(300);

    /// <summary>The least share of non-5xx answers the canary must give (0–1).</summary>
    public double SuccessThreshold { get; init; } = 0.95;

    /// <summary>Requests the canary must answer in a step's window before it is judged; fewer is inconclusive.</summary>
    public int MinRequests { get; init; } = 50;

    /// <summary>How far the canary's p95 may exceed the stable's, as a share of it (0.2 = 20 %)...</summary>
    public double LatencyTolerance { get; init; } = 0.2;

    /// <summary>...or in milliseconds, whichever is larger: on loopback a few milliseconds are noise.</summary>
    public double LatencyToleranceMs { get; init; } = 50;

    /// <summary>The chance a healthy canary may fail a step: the Mann-Whitney U test's level, spent over the step's looks.</summary>
    public double Alpha { get; init; } = 0.01;

    /// <summary>Planned looks inside a step's window that may abort it early; the final look comes at its end.</summary>
    public int InterimLooks { get; init; } = 2;

    /// <summary>How long past its duration an inconclusive step may wait for data before it fails.</summary>
    public TimeSpan InconclusiveTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// On an environment that serves nothing: false, a plain first deploy (as Argo Rollouts does); true, the release
    /// is first deployed as the baseline, then run as the canary against it (an A/A check of the analysis).
    /// </summary>
    public bool BaselineOnEmpty { get; init; }
}
