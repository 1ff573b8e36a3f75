using Newtonsoft.Json.Linq;

namespace Qte.Delivery.Alerting;

/// <summary>
/// artifacts/monitoring/undelivered-alerts.json: every alert a channel could not take, with the errors, added to what
/// the file already holds, so that no alert is lost silently. It holds the alert's text, never a secret.
/// </summary>
public static class UndeliveredAlerts
{
    public const string FileName = "undelivered-alerts.json";

    public static void Append(string path, Alert alert, IEnumerable<AlertDelivery> failed, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var entries = File.Exists(path) && JToken.Parse(File.ReadAllText(path)) is JArray existing ? existing : [];
        foreach (var delivery in failed)
        {
            entries.Add(JObject.FromObject(new
            {
                at,
                channel = delivery.Channel,
                attempts = delivery.Attempts,
                errors = delivery.Errors,
                dedupKey = alert.DedupKey,
                environment = alert.Environment,
                version = alert.Version,
                subject = alert.Subject,
                body = alert.Body,
                report = alert.ReportPath,
            }));
        }

        Json.WriteAtomically(path, entries);
    }
}
