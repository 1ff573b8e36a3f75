using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Qte.Experiments.Events;

/// <summary>An experiment's stored events as CSV (one row per user and event) or as a JSON array.</summary>
public static class EventExport
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public const string CsvHeader = "experiment,user_id,variant,event,count,first_at,last_at";

    public static string ToCsv(IEnumerable<StoredEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var csv = new StringBuilder(CsvHeader).Append('\n');
        foreach (var e in events)
        {
            csv.AppendJoin(',', Field(e.Experiment), Field(e.UserId), Field(e.Variant), Name(e.Kind), e.Count.ToString(CultureInfo.InvariantCulture), Time(e.FirstAt), Time(e.LastAt)).Append('\n');
        }

        return csv.ToString();
    }

    public static string ToJson(IEnumerable<StoredEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var rows = events.Select(e => new Dictionary<string, object>
        {
            ["experiment"] = e.Experiment,
            ["user_id"] = e.UserId,
            ["variant"] = e.Variant,
            ["event"] = Name(e.Kind),
            ["count"] = e.Count,
            ["first_at"] = Time(e.FirstAt),
            ["last_at"] = Time(e.LastAt),
        });
        return JsonSerializer.Serialize(rows, Indented);
    }

    private static string Name(ExperimentEventKind kind) => kind.ToString().ToLowerInvariant();

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    // RFC 4180: a field holding a comma, a quote or a line break is quoted, its quotes doubled.
    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
