using System.Globalization;
using System.Text.RegularExpressions;

namespace Qte.Pipeline.Ci;

/// <summary>
/// A compiler or MSBuild error as MSBuild logs it: "src/A.cs(12,5): error CS1002: ; expected [src/A.csproj]".
/// </summary>
public sealed partial record BuildDiagnostic(string File, int? Line, int? Column, string Code, string Message)
{
    public static BuildDiagnostic? TryParse(string logLine)
    {
        var match = Pattern().Match(logLine ?? string.Empty);
        if (!match.Success)
        {
            return null;
        }

        return new BuildDiagnostic(
            match.Groups["file"].Value.Trim(),
            ParseOptional(match.Groups["line"].Value),
            ParseOptional(match.Groups["column"].Value),
            match.Groups["code"].Value,
            match.Groups["message"].Value.Trim());
    }

    /// <summary>The distinct errors of an MSBuild log, in the order they were logged.</summary>
    public static IReadOnlyList<BuildDiagnostic> ParseLog(IEnumerable<string> lines) =>
        lines.Select(TryParse).OfType<BuildDiagnostic>().Distinct().ToList();

    private static int? ParseOptional(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    [GeneratedRegex(
        @"^\s*(?:\d+>)?(?<file>[^(]+?)(?:\((?<line>\d+)(?:,(?<column>\d+))?(?:,\d+,\d+)?\))?\s*:\s*error\s+(?<code>[A-Za-z]+\d+)\s*:\s*(?<message>.*?)(?:\s+\[[^\]]+\])?\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
