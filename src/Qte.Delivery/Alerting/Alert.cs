using System.Globalization;
using System.Text;
using Qte.Delivery.Monitoring;

namespace Qte.Delivery.Alerting;

/// <summary>
/// The thresholds a run missed, for people: which environment and version, each metric's measured value against its
/// threshold, and where the report is. <see cref="DedupKey"/> is the same for the same breaches of the same run.
/// </summary>
public sealed record Alert(string Environment, string Version, string RunId, IReadOnlyList<ThresholdResult> Breaches, string ReportPath)
{
    public string DedupKey =>
        $"{Environment}/{RunId}/{string.Join('+', Breaches.Select(b => b.Metric).Distinct().Order(StringComparer.Ordinal))}";

    public string Subject => string.Create(
        CultureInfo.InvariantCulture,
        $"[QTE] {Environment} {Version}: {Breaches.Count} performance threshold(s) missed ({string.Join(", ", Breaches.Select(b => b.Metric).Distinct())})");

    public string Body
    {
        get
        {
            var text = new StringBuilder();
            text.AppendLine(CultureInfo.InvariantCulture, $"Environment: {Environment}");
            text.AppendLine(CultureInfo.InvariantCulture, $"Version: {Version}");
            text.AppendLine(CultureInfo.InvariantCulture, $"Run: {RunId}");
            foreach (var breach in Breaches)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- {Line(breach)}");
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"Report: {ReportPath}");
            return text.ToString();
        }
    }

    public static string Line(ThresholdResult breach)
    {
        ArgumentNullException.ThrowIfNull(breach);
        var measured = breach.Measured is { } m ? m.ToString("0.###", CultureInfo.InvariantCulture) : "nothing measured";
        return $"{breach.Metric}: measured {measured}, threshold {breach.Expression} ({breach.Mode.ToString().ToLowerInvariant()} mode)";
    }
}
