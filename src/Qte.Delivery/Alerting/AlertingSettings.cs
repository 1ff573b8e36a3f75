namespace Qte.Delivery.Alerting;

/// <summary>Where alerts go, in which order, and how hard delivery is tried. Secrets are named here, never held.</summary>
public sealed record AlertingSettings
{
    /// <summary>The channels in escalation order: "email", "slack".</summary>
    public IReadOnlyList<string> Channels { get; init; } = [];

    public EscalationPolicy Policy { get; init; } = EscalationPolicy.Immediate;

    /// <summary>Stepped: the next channel joins after this many consecutive breaching runs...</summary>
    public int EscalateAfterBreaches { get; init; } = 3;

    /// <summary>...or after this long since the first breach of the streak, whichever comes first.</summary>
    public TimeSpan EscalateAfter { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Deliveries tried per alert and channel, the first included.</summary>
    public int Attempts { get; init; } = 3;

    /// <summary>The wait before the second attempt; it doubles for each next one.</summary>
    public TimeSpan Backoff { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(5);

    public EmailSettings Email { get; init; } = new();

    public SlackSettings Slack { get; init; } = new();
}
