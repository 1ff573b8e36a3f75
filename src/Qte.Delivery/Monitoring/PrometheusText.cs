using System.Globalization;
using System.Text.RegularExpressions;

namespace Qte.Delivery.Monitoring;

/// <summary>
/// Checks a /metrics page against the Prometheus text format (version 0.0.4) and lists its metric families.
/// </summary>
public static partial class PrometheusText
{
    /// <returns>The metric names with samples, and each line that breaks the format (with its number).</returns>
    public static (IReadOnlySet<string> Metrics, IReadOnlyList<string> Problems) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var metrics = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || (line.StartsWith('#') && !line.StartsWith("# HELP ", StringComparison.Ordinal) && !line.StartsWith("# TYPE ", StringComparison.Ordinal)))
            {
                continue;
            }

            if (line.StartsWith("# TYPE ", StringComparison.Ordinal))
            {
                if (!TypeLine().IsMatch(line))
                {
                    problems.Add($"line {i + 1}: a TYPE line must name a metric and one of counter, gauge, histogram, summary, untyped: {line}");
                }

                continue;
            }

            if (line.StartsWith("# HELP ", StringComparison.Ordinal))
            {
                continue;
            }

            var sample = SampleLine().Match(line);
            if (!sample.Success || !IsNumber(sample.Groups["value"].Value))
            {
                problems.Add($"line {i + 1}: not a sample 'name{{labels}} value [timestamp]': {line}");
                continue;
            }

            metrics.Add(sample.Groups["name"].Value);
        }

        return (metrics, problems);
    }

    private static bool IsNumber(string value) =>
        value is "NaN" or "+Inf" or "-Inf" || double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    [GeneratedRegex(@"^# TYPE [a-zA-Z_:][a-zA-Z0-9_:]* (counter|gauge|histogram|summary|untyped)$", RegexOptions.CultureInvariant)]
    private static partial Regex TypeLine();

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{([a-zA-Z_][a-zA-Z0-9_]*=""([^""\\]|\\.)*"",?)*\})? (?<value>\S+)( -?\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SampleLine();
}
