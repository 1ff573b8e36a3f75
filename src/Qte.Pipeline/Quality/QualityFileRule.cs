using Newtonsoft.Json.Linq;

namespace Qte.Pipeline.Quality;

/// <summary>What one key of build/config/quality.json may hold, and the words that say so in an error.</summary>
public sealed record QualityFileRule(string Allowed, Func<JToken, bool> Accepts)
{
    public static readonly QualityFileRule Switch = new("true or false", t => t.Type == JTokenType.Boolean);

    public static readonly QualityFileRule Mode = new("\"fail\" or \"warn\"", t => t.Type == JTokenType.String && (string?)t is "fail" or "warn");

    public static readonly QualityFileRule Percent = new(
        "a number from 0 to 100",
        t => t.Type is JTokenType.Integer or JTokenType.Float && (double)t is >= 0 and <= 100);

    public static QualityFileRule Count(int min, int max) => new(
        $"a whole number from {min} to {max}",
        t => t.Type == JTokenType.Integer && (long)t >= min && (long)t <= max);
}
