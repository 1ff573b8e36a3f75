using System.Globalization;
using Newtonsoft.Json.Linq;

namespace Qte.Delivery.Configuration;

/// <summary>What one key of an environment's config may hold, and the sentence that says so.</summary>
public sealed record ConfigRule(string Allowed, Func<JToken, bool> Accepts)
{
    public static ConfigRule WholeNumber(int min, int max) => new(
        $"a whole number from {min} to {max}",
        t => t.Type == JTokenType.Integer && (long)t >= min && (long)t <= max);

    public static ConfigRule Number(double min, double max) => new(
        string.Create(CultureInfo.InvariantCulture, $"a number from {min} to {max}"),
        t => t.Type is JTokenType.Integer or JTokenType.Float && (double)t >= min && (double)t <= max);

    public static ConfigRule Boolean() => new("true or false", t => t.Type == JTokenType.Boolean);

    public static ConfigRule OneOf(params string[] values) => new(
        "one of " + string.Join(", ", values),
        t => t.Type == JTokenType.String && values.Contains((string?)t));

    public static ConfigRule IncreasingPercentages() => new(
        "a list of percentages from 1 to 100, increasing, ending at 100",
        t => t is JArray { Count: > 0 } steps
             && steps.All(s => s.Type == JTokenType.Integer && (int)s is >= 1 and <= 100)
             && steps.Select(s => (int)s).Zip(steps.Skip(1).Select(s => (int)s)).All(p => p.First < p.Second)
             && (int)steps[steps.Count - 1]! == 100);

    public static ConfigRule EnvironmentVariableName() => new(
        "the name of an environment variable (upper-case letters, digits, underscores); secrets are never written in config",
        t => t.Type == JTokenType.String && System.Text.RegularExpressions.Regex.IsMatch((string)t!, "^[A-Z_][A-Z0-9_]*$"));
    public static ConfigRule ListOf(params string[] values) => new(
        "a list of distinct values from " + string.Join(", ", values),
        t => t is JArray items
             && items.All(i => i.Type == JTokenType.String && values.Contains((string?)i))
             && items.Select(i => (string?)i).Distinct().Count() == items.Count);

    public static ConfigRule UrlPath() => new(
        "a path on the service starting with /, e.g. /api/quotes/MSFT",
        t => t.Type == JTokenType.String && ((string)t!).StartsWith('/') && Uri.IsWellFormedUriString((string)t!, UriKind.Relative));

    public static ConfigRule HostName() => new(
        "a host name or IP address",
        t => t.Type == JTokenType.String && Uri.CheckHostName((string)t!) != UriHostNameType.Unknown);

    public static ConfigRule Text() => new("a string", t => t.Type == JTokenType.String);

    public static ConfigRule EmailAddress() => new(
        "an email address, e.g. oncall@example.com",
        t => t.Type == JTokenType.String && IsEmail((string)t!));

    public static ConfigRule EmailAddresses() => new(
        "a list of one or more email addresses",
        t => t is JArray { Count: > 0 } items && items.All(i => i.Type == JTokenType.String && IsEmail((string)i!)));

    public static ConfigRule Threshold(Qte.Delivery.Monitoring.ThresholdMetric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return new(
            $"a number in {metric.Unit} ({metric.NumberMeaning}) or k6 expressions such as {metric.K6Example}: {metric.AllowedStats} with <, <=, > or >=",
            t => t.Type is JTokenType.Integer or JTokenType.Float && (double)t >= 0
                 || t.Type == JTokenType.String && Qte.Delivery.Monitoring.ThresholdExpression.TryParse((string)t!, metric, out _)
                 || t is JArray { Count: > 0 } list && list.All(e => e.Type == JTokenType.String && Qte.Delivery.Monitoring.ThresholdExpression.TryParse((string)e!, metric, out _)));
    }

    private static bool IsEmail(string value) =>
        System.Net.Mail.MailAddress.TryCreate(value, out var address) && address.Address == value;
}
