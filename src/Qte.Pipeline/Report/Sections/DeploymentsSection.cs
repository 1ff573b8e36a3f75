using Newtonsoft.Json.Linq;
using static Qte.Pipeline.Report.ReportFormat;

namespace Qte.Pipeline.Report.Sections;

/// <summary>Every deployment of the run: where, what, how, and how it ended.</summary>
internal static class DeploymentsSection
{
    public static string Html(JArray deployments)
    {
        var rows = deployments.OfType<JObject>().ToList();
        var failed = rows.Where(d => d.Value<string>("outcome") is "Failed" or "RolledBack").ToList();
        var unchanged = rows.Count(d => d.Value<string>("outcome") == "Unchanged");
        var verdict = rows.Count == 0 ? Verdict.Plain("Nothing was deployed.")
            : failed.Count > 0 ? Verdict.Bad($"{failed.Count} of {Plural(rows.Count, "deployment", "deployments")} did not go live: "
                + string.Join("; ", failed.Select(d => $"{d.Value<string>("environment")} {Outcome(d.Value<string>("outcome"))}" + (d.Value<string>("failedCheck") is { } check ? $" ({check})" : string.Empty))) + ".")
            : Verdict.Good($"{Plural(rows.Count - unchanged, "deployment", "deployments")} went live" + (unchanged > 0 ? $"; {unchanged} had nothing to deploy (the same release already served)." : "."));
        var anyCheck = rows.Any(d => d.Value<string>("failedCheck") is not null);
        var table = HtmlParts.Table(
            anyCheck ? ["Environment", "Release", "Strategy", "Slot", "Outcome", "Failed check"] : ["Environment", "Release", "Strategy", "Slot", "Outcome"],
            rows.Select(d => (IReadOnlyList<Cell>)
            [
                Cell.Text(d.Value<string>("environment")), Cell.Text(d.Value<string>("release")), Cell.Text(d.Value<string>("strategy")),
                Cell.Text(d.Value<string>("slot")), Cell.Text(Outcome(d.Value<string>("outcome"))),
                .. anyCheck ? [Cell.Text(d.Value<string>("failedCheck") ?? string.Empty)] : Array.Empty<Cell>(),
            ]));
        return HtmlParts.Section("deployments", "Deployments", verdict, table);
    }

    private static string Outcome(string? outcome) => outcome switch
    {
        "Succeeded" => "live",
        "RolledBack" => "rolled back",
        "Failed" => "failed before taking traffic",
        "Unchanged" => "nothing to deploy",
        "InProgress" => "still in progress",
        _ => outcome ?? "unknown",
    };
}
