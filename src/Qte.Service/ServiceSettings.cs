using System.Globalization;

namespace Qte.Service;

/// <summary>
/// What a release's process is told by its environment variables: who it is (version, commit, release, slot),
/// how long it warms up, the faults to inject, and where its experiments and their events live.
/// </summary>
public sealed record ServiceSettings
{
    public string Version { get; init; } = "0.0.0-local";

    public string Commit { get; init; } = string.Empty;

    public string ReleaseId { get; init; } = "local";

    public string Slot { get; init; } = "none";

    /// <summary>How long after start /health/ready says 503 while caches warm.</summary>
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>QTE_FAULT_RATE: the share of /api requests answered with 500, from 0 to 1.</summary>
    public double FaultRate { get; init; }

    /// <summary>
    /// QTE_FAULT_AFTER_REQUESTS: the faults start after this many /api requests, so a release that passes its smoke test
    /// fails under traffic (the rollback drill's faulty build).
    /// </summary>
    public long FaultAfterRequests { get; init; }

    /// <summary>QTE_EXTRA_LATENCY_MS: added to every /api request.</summary>
    public TimeSpan ExtraLatency { get; init; }

    /// <summary>QTE_FAIL_READINESS: never become ready.</summary>
    public bool FailReadiness { get; init; }

    /// <summary>
    /// QTE_STOP_DELAY_MS: how long the service, asked to stop, keeps serving while it says it is not ready, before it
    /// closes its listener: the time a router's health check needs to take it out (Kubernetes' preStop sleep).
    /// </summary>
    public TimeSpan StopDelay { get; init; }

    /// <summary>QTE_EXPERIMENTS_DIR: the environment's published experiment files, reloaded while running. None: no experiments.</summary>
    public string? ExperimentsDirectory { get; init; }

    /// <summary>QTE_EVENTS_DB: the SQLite file the experiments' events are recorded in.</summary>
    public string? EventsDatabase { get; init; }

    /// <exception cref="ArgumentException">A variable holds a value that is not allowed; the message names it.</exception>
    public static ServiceSettings FromEnvironment(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var defaults = new ServiceSettings();
        return new ServiceSettings
        {
            Version = variable("QTE_VERSION") ?? defaults.Version,
            Commit = variable("QTE_COMMIT") ?? defaults.Commit,
            ReleaseId = variable("QTE_RELEASE_ID") ?? defaults.ReleaseId,
            Slot = variable("QTE_SLOT") ?? defaults.Slot,
            WarmUp = Milliseconds(variable, "QTE_WARMUP_MS") ?? defaults.WarmUp,
            FaultRate = Number(variable, "QTE_FAULT_RATE", 0, 1) ?? 0,
            FaultAfterRequests = (long)(Number(variable, "QTE_FAULT_AFTER_REQUESTS", 0, 1_000_000_000) ?? 0),
            ExtraLatency = Milliseconds(variable, "QTE_EXTRA_LATENCY_MS") ?? TimeSpan.Zero,
            FailReadiness = Flag(variable, "QTE_FAIL_READINESS"),
            StopDelay = Milliseconds(variable, "QTE_STOP_DELAY_MS", ServiceApp.DrainTimeout.TotalMilliseconds / 2) ?? TimeSpan.Zero,
            ExperimentsDirectory = NullIfEmpty(variable("QTE_EXPERIMENTS_DIR")),
            EventsDatabase = NullIfEmpty(variable("QTE_EVENTS_DB")),
        };
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static TimeSpan? Milliseconds(Func<string, string?> variable, string name, double max = 600_000) =>
        Number(variable, name, 0, max) is { } ms ? TimeSpan.FromMilliseconds(ms) : null;

    private static double? Number(Func<string, string?> variable, string name, double min, double max)
    {
        var raw = variable(name);
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new ArgumentException($"{name}: '{raw}' is not allowed. Allowed: a number from {min} to {max}.");
    }

    private static bool Flag(Func<string, string?> variable, string name) =>
        variable(name)?.Trim().ToLowerInvariant() switch
        {
            null or "" or "false" or "0" => false,
            "true" or "1" => true,
            var raw => throw new ArgumentException($"{name}: '{raw}' is not allowed. Allowed: true or false."),
        };
}
