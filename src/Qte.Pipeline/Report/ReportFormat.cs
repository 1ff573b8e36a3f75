using System.Globalization;
using System.Net;

namespace Qte.Pipeline.Report;

/// <summary>Numbers as the report prints them: with their unit, at a precision a reader can use, invariant culture.</summary>
internal static class ReportFormat
{
    /// <summary>A fraction as a percentage: 0.545 is "54.5 %".</summary>
    public static string Percent(double fraction, int decimals = 1) => PercentOf(fraction * 100, decimals);

    /// <summary>A value already in percent: 90.62 is "90.6 %".</summary>
    public static string PercentOf(double percent, int decimals = 1) =>
        percent.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + " %";

    public static string Ms(double ms) => ms.ToString(ms < 10 ? "0.00" : ms < 100 ? "0.0" : "#,0", CultureInfo.InvariantCulture) + " ms";

    public static string Seconds(double seconds) => seconds.ToString(seconds < 10 ? "0.0#" : "#,0.0", CultureInfo.InvariantCulture) + " s";

    public static string Count(long count) => count.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Plural(long count, string one, string many) => Count(count) + " " + (count == 1 ? one : many);

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
