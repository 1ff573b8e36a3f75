using Qte.Delivery.Monitoring;

namespace Qte.Delivery.Configuration;

/// <summary>
/// The keys of build/config/monitoring.json, as JSON paths under "monitoring" (the seed's snake_case shape), and what
/// each allows. An environment file or a profile may override any of them under "monitoring", and so may --set.
/// </summary>
public static class MonitoringSchema
{
    public const string Prefix = "monitoring.";

    public static readonly IReadOnlyDictionary<string, ConfigRule> Rules = Build();

    private static Dictionary<string, ConfigRule> Build()
    {
        var rules = new Dictionary<string, ConfigRule>(StringComparer.Ordinal)
        {
            ["advanced_monitoring_enabled"] = ConfigRule.Boolean(),
            ["load_test.model"] = ConfigRule.OneOf("open", "closed"),
            ["load_test.rate"] = ConfigRule.Number(1, 100_000),
            ["load_test.connections"] = ConfigRule.WholeNumber(1, 10_000),
            ["load_test.duration_seconds"] = ConfigRule.Number(0.5, 3600),
            ["load_test.warmup_seconds"] = ConfigRule.Number(0, 600),
            ["load_test.max_requests"] = ConfigRule.WholeNumber(1, 100_000_000),
            ["load_test.path"] = ConfigRule.UrlPath(),
            ["load_test.sample_interval_ms"] = ConfigRule.WholeNumber(50, 10_000),
            ["alerting.channels"] = ConfigRule.ListOf("email", "slack"),
            ["alerting.escalation_policy"] = ConfigRule.OneOf("immediate", "stepped"),
            ["alerting.escalation.after_breaches"] = ConfigRule.WholeNumber(1, 1000),
            ["alerting.escalation.after_minutes"] = ConfigRule.Number(0, 10_080),
            ["alerting.retry.attempts"] = ConfigRule.WholeNumber(1, 10),
            ["alerting.retry.backoff_ms"] = ConfigRule.WholeNumber(0, 60_000),
            ["alerting.timeout_seconds"] = ConfigRule.Number(0.1, 120),
            ["alerting.email.smtp_host"] = ConfigRule.HostName(),
            ["alerting.email.smtp_port"] = ConfigRule.WholeNumber(1, 65535),
            ["alerting.email.tls"] = ConfigRule.OneOf("none", "starttls", "ssl"),
            ["alerting.email.from"] = ConfigRule.EmailAddress(),
            ["alerting.email.to"] = ConfigRule.EmailAddresses(),
            ["alerting.email.username"] = ConfigRule.Text(),
            ["alerting.email.password_env"] = ConfigRule.EnvironmentVariableName(),
            ["alerting.slack.webhook_url_env"] = ConfigRule.EnvironmentVariableName(),
        };
        foreach (var metric in ThresholdMetrics.All)
        {
            rules[$"metrics.{metric.Key}.threshold"] = ConfigRule.Threshold(metric);
            rules[$"metrics.{metric.Key}.unit"] = ConfigRule.OneOf(metric.Unit);
            rules[$"metrics.{metric.Key}.mode"] = ConfigRule.OneOf("fail", "warn");
        }

        return rules.ToDictionary(r => Prefix + r.Key, r => r.Value, StringComparer.Ordinal);
    }
}
