using Newtonsoft.Json.Linq;
using static Qte.Pipeline.Report.ReportFormat;

namespace Qte.Pipeline.Report.Sections;

/// <summary>The alerts the run sent, per channel: delivered or not, after how many attempts.</summary>
internal static class AlertsSection
{
    public static string Html(JArray alerts)
    {
        var rows = alerts.OfType<JObject>().ToList();
        var undelivered = rows.Count(a => a.Value<bool?>("delivered") != true && a.Value<bool?>("duplicate") != true);
        var verdict = rows.Count == 0 ? Verdict.Good("No alert was sent: no threshold was missed.")
            : undelivered > 0 ? Verdict.Bad($"{undelivered} of {Plural(rows.Count, "alert", "alerts")} could not be delivered; they are kept in undelivered-alerts.json.")
            : Verdict.Warn($"{Plural(rows.Count, "alert was", "alerts were")} sent, each delivered or already sent earlier.");
        if (rows.Count == 0)
        {
            return HtmlParts.Section("alerts", "Alerts", verdict, string.Empty);
        }

        var table = HtmlParts.Table(
            ["Channel", "Delivery", "Attempts"],
            rows.Select(a => (IReadOnlyList<Cell>)
            [
                Cell.Text(a.Value<string>("channel")),
                Cell.Text(a.Value<bool?>("duplicate") == true ? "not sent again: already sent this run" : a.Value<bool?>("delivered") == true ? "delivered" : "not delivered"),
                Cell.Figure(Count(a.Value<long?>("attempts") ?? 0)),
            ]));
        return HtmlParts.Section("alerts", "Alerts", verdict, table);
    }
}
