using Newtonsoft.Json.Linq;
using Qte.Delivery.Alerting;
using Qte.Delivery.LoadTesting;
using Qte.Delivery.Monitoring;

namespace Qte.Delivery.Configuration;

/// <summary>An environment's config as stage 4-v4's settings: the load test, the thresholds, the alerting.</summary>
public static class MonitoringSettingsMapper
{
    /// <summary>Stage 4-v4's settings: the monitoring keys, already validated.</summary>
    /// <exception cref="DeliveryException">No layer gave monitoring keys (build/config/monitoring.json is missing).</exception>
    public static MonitoringSettings ToMonitoringSettings(this EnvironmentConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var monitoring = config.Values["monitoring"] as JObject
            ?? throw new DeliveryException("build/config/monitoring.json: the file is missing, and no layer of the environment's config gives monitoring keys.");
        T Get<T>(string path) => monitoring.SelectToken(path)!.ToObject<T>()!;
        var alerting = new AlertingSettings
        {
            Channels = Get<string[]>("alerting.channels"),
            Policy = Get<string>("alerting.escalation_policy") == "stepped" ? EscalationPolicy.Stepped : EscalationPolicy.Immediate,
            EscalateAfterBreaches = Get<int>("alerting.escalation.after_breaches"),
            EscalateAfter = TimeSpan.FromMinutes(Get<double>("alerting.escalation.after_minutes")),
            Attempts = Get<int>("alerting.retry.attempts"),
            Backoff = TimeSpan.FromMilliseconds(Get<int>("alerting.retry.backoff_ms")),
            Timeout = TimeSpan.FromSeconds(Get<double>("alerting.timeout_seconds")),
            Email = new EmailSettings
            {
                Host = Get<string>("alerting.email.smtp_host"),
                Port = Get<int>("alerting.email.smtp_port"),
                Tls = Get<string>("alerting.email.tls"),
                From = Get<string>("alerting.email.from"),
                To = Get<string[]>("alerting.email.to"),
                UserName = Get<string>("alerting.email.username"),
                PasswordVariable = Get<string>("alerting.email.password_env"),
            },
            Slack = new SlackSettings { WebhookUrlVariable = Get<string>("alerting.slack.webhook_url_env") },
        };
        return new MonitoringSettings
        {
            Enabled = Get<bool>("advanced_monitoring_enabled"),
            LoadTest = new LoadTestSettings
            {
                Model = Get<string>("load_test.model") == "closed" ? LoadModel.Closed : LoadModel.Open,
                RatePerSecond = Get<double>("load_test.rate"),
                Connections = Get<int>("load_test.connections"),
                Duration = TimeSpan.FromSeconds(Get<double>("load_test.duration_seconds")),
                WarmUp = TimeSpan.FromSeconds(Get<double>("load_test.warmup_seconds")),
                MaxRequests = Get<long>("load_test.max_requests"),
                Path = Get<string>("load_test.path"),
            },
            SampleInterval = TimeSpan.FromMilliseconds(Get<int>("load_test.sample_interval_ms")),
            Thresholds = [.. ThresholdMetrics.All.Select(m => Threshold(config, m))],
            Alerting = alerting,
        };
    }

    private static MetricThreshold Threshold(EnvironmentConfig config, ThresholdMetric metric)
    {
        var path = $"monitoring.metrics.{metric.Key}";
        var token = config.Values.SelectToken(path + ".threshold")!;
        IReadOnlyList<ThresholdExpression> expressions = token switch
        {
            JArray list => [.. list.Select(e => Parse((string)e!))],
            { Type: JTokenType.String } => [Parse((string)token!)],
            _ => [metric.FromNumber((double)token)],
        };
        var mode = (string)config.Values.SelectToken(path + ".mode")! == "warn" ? ThresholdMode.Warn : ThresholdMode.Fail;
        return new MetricThreshold(metric, expressions, mode, config.SourceOf(path + ".threshold"));

        ThresholdExpression Parse(string text) =>
            ThresholdExpression.TryParse(text, metric, out var expression) ? expression : throw new InvalidOperationException($"{path}: validated, yet '{text}' does not parse.");
    }
}
