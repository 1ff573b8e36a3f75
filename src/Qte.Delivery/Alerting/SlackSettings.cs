namespace Qte.Delivery.Alerting;

/// <summary>The Slack channel: an incoming webhook whose URL (a secret) is in the variable <see cref="WebhookUrlVariable"/>.</summary>
public sealed record SlackSettings
{
    public string WebhookUrlVariable { get; init; } = "QTE_SLACK_WEBHOOK_URL";
}
