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
}
