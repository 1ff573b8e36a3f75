namespace Qte.Pipeline.Quality.Formatting;

/// <summary>
/// Whitespace (from dotnet format) and code style (the IDE rules of .editorconfig, from the build's SARIF logs):
/// the measure is the number of files that break them.
/// </summary>
public static class FormattingGate
{
    public const string Name = "formatting";

    public static GateResult Evaluate(IReadOnlyCollection<Finding> findings, FormattingGateSettings settings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(settings);
        if (!settings.Switch.Enabled)
        {
            return GateResult.Off(Name);
        }

        var files = findings.GroupBy(f => f.File).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        return new GateResult(
            Name,
            GateResult.Judge(files.Count <= settings.MaxFiles, settings.Switch.Mode),
            $"{files.Count} file(s) with {findings.Count} formatting or style finding(s)",
            $"at most {settings.MaxFiles} file(s)",
            "Run `dotnet format` at the repository root and commit the result; style rules are set in .editorconfig.",
            files.Select(g => $"{g.Key}: {string.Join(", ", g.Select(f => $"{f.Rule} line {f.Line}").Distinct().Take(5))}").ToList());
    }
}
