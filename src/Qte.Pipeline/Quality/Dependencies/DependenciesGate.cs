namespace Qte.Pipeline.Quality.Dependencies;

/// <summary>
/// Vulnerable (with transitive), deprecated and outdated packages against their maximums. A scan the package source
/// could not answer makes the gate unknown, never a pass; a scan over its maximum fails or warns by the mode.
/// </summary>
public static class DependenciesGate
{
    public const string Name = "dependencies";

    public static GateResult Evaluate(IReadOnlyList<DependencyScan> scans, DependenciesGateSettings settings)
    {
        ArgumentNullException.ThrowIfNull(scans);
        ArgumentNullException.ThrowIfNull(settings);
        if (!settings.Switch.Enabled)
        {
            return GateResult.Off(Name);
        }

        var measured = new List<string>();
        var findings = new List<string>();
        var within = true;
        var unknown = false;
        foreach (var scan in scans)
        {
            var kind = scan.Kind.ToString().ToLowerInvariant();
            if (scan.Unanswered is { } reason)
            {
                unknown = true;
                measured.Add($"{kind}: unknown");
                findings.Add($"{kind}: unknown: {reason}");
                continue;
            }

            measured.Add($"{kind}: {scan.PackageCount}");
            within &= scan.PackageCount <= Maximum(scan.Kind, settings);
            findings.AddRange(scan.Issues.Select(i => i.ToString()));
        }

        var verdict = GateResult.Judge(within, settings.Switch.Mode);
        if (verdict == GateVerdict.Pass && unknown)
        {
            verdict = GateVerdict.Unknown;
        }

        return new GateResult(
            Name,
            verdict,
            string.Join(", ", measured) + " package(s)",
            $"vulnerable ≤ {settings.MaxVulnerable}, deprecated ≤ {settings.MaxDeprecated}, outdated ≤ {settings.MaxOutdated}",
            "Update the package in Directory.Packages.props (`dotnet list package --outdated` shows the latest), then restore with --force-evaluate to refresh the lock files.",
            findings);
    }

    private static int Maximum(PackageIssueKind kind, DependenciesGateSettings settings) => kind switch
    {
        PackageIssueKind.Vulnerable => settings.MaxVulnerable,
        PackageIssueKind.Deprecated => settings.MaxDeprecated,
        _ => settings.MaxOutdated,
    };
}
