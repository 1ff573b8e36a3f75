namespace Qte.Delivery.Alerting;

/// <summary>
/// What alerting remembers between runs of an environment: the current streak of breaching runs (for stepped
/// escalation) and the alerts already sent (dedup key and channel), so that one breach is sent once per run.
/// </summary>
public sealed record AlertState
{
    public int ConsecutiveBreaches { get; init; }

    public DateTimeOffset? StreakStarted { get; init; }

    public IReadOnlyList<string> Sent { get; init; } = [];

    public bool WasSent(string dedupKey, string channel) => Sent.Contains($"{dedupKey}|{channel}");

    /// <summary>Remembers a delivery; keeps the last 500.</summary>
    public AlertState WithSent(string dedupKey, string channel) =>
        this with { Sent = [.. Sent.Append($"{dedupKey}|{channel}").TakeLast(500)] };
}
