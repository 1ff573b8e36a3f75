using System.Globalization;
using System.Text.RegularExpressions;

namespace Qte.Delivery.Monitoring;

/// <summary>One threshold in k6's form: a statistic, a comparison and a value, e.g. p(95)&lt;200 or rate&lt;0.01.</summary>
public sealed partial record ThresholdExpression(string Stat, string Operator, double Value, string Text)
{
    /// <summary>The percentile of a p(N) statistic, else null.</summary>
    public double? Percentile => Stat.StartsWith("p(", StringComparison.Ordinal)
        ? double.Parse(Stat[2..^1], CultureInfo.InvariantCulture)
        : null;

    public bool Holds(double measured) => Operator switch
    {
        "<" => measured < Value,
        "<=" => measured <= Value,
        ">" => measured > Value,
        ">=" => measured >= Value,
        _ => throw new InvalidOperationException($"Unknown operator {Operator}."),
    };

    public static bool TryParse(string text, ThresholdMetric metric, out ThresholdExpression expression)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(metric);
        expression = null!;
        var match = Pattern().Match(text);
        if (!match.Success || !metric.Has(match.Groups["stat"].Value))
        {
            return false;
        }

        var stat = match.Groups["stat"].Value;
        if (stat.StartsWith("p(", StringComparison.Ordinal)
            && double.Parse(stat[2..^1], CultureInfo.InvariantCulture) is <= 0 or > 100)
        {
            return false;
        }

        expression = new ThresholdExpression(
            stat,
            match.Groups["op"].Value,
            double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture),
            text.Trim());
        return true;
    }

    [GeneratedRegex(@"^\s*(?<stat>p\(\d+(\.\d+)?\)|avg|med|min|max|rate)\s*(?<op><=|>=|<|>)\s*(?<value>\d+(\.\d+)?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
