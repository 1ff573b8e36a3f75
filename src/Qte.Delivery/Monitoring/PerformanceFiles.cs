namespace Qte.Delivery.Monitoring;

/// <summary>Writes stage 4-v4's reports into artifacts/monitoring/&lt;env&gt;/: the JSON, the Markdown, the chart and the Prometheus rules.</summary>
public static class PerformanceFiles
{
    public const string ReportFileName = "performance-report.json";
    public const string MarkdownFileName = "performance-report.md";
    public const string ChartFileName = "performance-chart.svg";
    public const string RulesFileName = "performance-rules.yml";

    public static void Write(string directory, PerformanceReport report, string rules)
    {
        ArgumentNullException.ThrowIfNull(report);
        Directory.CreateDirectory(directory);
        Json.WriteAtomically(Path.Combine(directory, ReportFileName), report);
        File.WriteAllText(Path.Combine(directory, MarkdownFileName), PerformanceReportMarkdown.Write(report));
        File.WriteAllText(Path.Combine(directory, ChartFileName), PerformanceChart.Svg(report));
        File.WriteAllText(Path.Combine(directory, RulesFileName), rules);
    }
}
