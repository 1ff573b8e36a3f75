namespace Qte.Pipeline.Quality.Analyzers;

/// <summary>
/// The .NET analyzers' findings from the one build (AnalysisLevel latest-recommended): counted by rule and
/// severity; the measure is the number of warnings and errors. Style rules (IDE*) belong to the formatting gate.
/// </summary>
public static class AnalyzersGate
{
    public const string Name = "analyzers";

    public static bool IsStyleRule(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Rule.StartsWith("IDE", StringComparison.Ordinal);
    }

    public static bool Counts(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Severity is "warning" or "error" && !IsStyleRule(finding);
    }

    public static GateResult Evaluate(IReadOnlyCollection<Finding> findings, AnalyzersGateSettings settings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(settings);
        if (!settings.Switch.Enabled)
        {
            return GateResult.Off(Name);
        }

        var counted = findings.Where(Counts).ToList();
        var byRule = counted
            .GroupBy(f => (f.Rule, f.Severity))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Rule, StringComparer.Ordinal)
            .Select(g => $"{g.Key.Rule} ({g.Key.Severity}) x{g.Count()}");
        return new GateResult(
            Name,
            GateResult.Judge(counted.Count <= settings.MaxWarnings, settings.Switch.Mode),
            counted.Count == 0 ? "0 warnings" : $"{counted.Count} warning(s): {string.Join(", ", byRule)}",
            $"at most {settings.MaxWarnings} warning(s)",
            "Fix each finding (the rule id links to its documentation), or set the rule's severity in .editorconfig with a comment saying why.",
            counted.OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).Select(f => f.ToString()).ToList());
    }
}
