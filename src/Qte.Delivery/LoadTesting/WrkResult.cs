using System.Globalization;
using System.Text.RegularExpressions;

namespace Qte.Delivery.LoadTesting;

/// <summary>
/// The figures of one wrk run (`wrk --latency`), the reference the load engine is benchmarked against: requests per
/// second and the 50th and 99th latency percentiles in ms, read from wrk's printed summary (wrk has no other output).
/// </summary>
public sealed partial record WrkResult(double RequestsPerSecond, double P50Ms, double P99Ms)
{
    /// <summary>The figures in wrk's output; null when any is missing.</summary>
    public static WrkResult? Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var rate = RateLine().Match(output);
        return rate.Success && Percentile(output, "50%") is { } p50 && Percentile(output, "99%") is { } p99
            ? new WrkResult(double.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture), p50, p99)
            : null;
    }

    // wrk prints "    50%  612.00us" with us, ms or s.
    private static double? Percentile(string output, string label)
    {
        var match = Regex.Match(output, $@"^\s*{Regex.Escape(label)}\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant);
        if (!match.Success)
        {
            return null;
        }

        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "ms" => value, _ => value * 1000 };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)", RegexOptions.CultureInvariant)]
    private static partial Regex RateLine();
}
