using System.Globalization;

namespace Qte.Pipeline.Versioning;

/// <summary>
/// The long form of git describe, "TAG-COUNT-gSHA": the nearest tag and how many commits HEAD is past it.
/// </summary>
public sealed record GitDescription(string Tag, int CommitsSince, string ShortSha)
{
    /// <returns>The description, or null when <paramref name="text"/> is not in the long form.</returns>
    public static GitDescription? Parse(string? text)
    {
        // Tags may hold dashes, so the count and sha are read from the right.
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var shaStart = text.LastIndexOf("-g", StringComparison.Ordinal);
        if (shaStart <= 0)
        {
            return null;
        }

        var countStart = text.LastIndexOf('-', shaStart - 1);
        if (countStart <= 0
            || !int.TryParse(text.AsSpan(countStart + 1, shaStart - countStart - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return null;
        }

        var sha = text[(shaStart + 2)..];
        return sha.Length > 0 && sha.All(char.IsAsciiHexDigit) ? new GitDescription(text[..countStart], count, sha) : null;
    }
}
