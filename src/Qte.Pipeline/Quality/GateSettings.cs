using Qte.Pipeline.Coverage;

namespace Qte.Pipeline.Quality;

/// <summary>
/// A gate's switch, its mode, and what an unknown verdict (nothing could be measured) does to the stage: warn by
/// default, fail with onUnknown "fail". Unknown is never a pass either way.
/// </summary>
public sealed record GateSwitch(bool Enabled, GateMode Mode, GateMode OnUnknown = GateMode.Warn)
{
    public static readonly GateSwitch On = new(true, GateMode.Fail);
}

/// <summary>`dotnet format whitespace` and the style rules of .editorconfig: how many files may break them.</summary>
public sealed record FormattingGateSettings(GateSwitch Switch, int MaxFiles);

/// <summary>The .NET analyzers' findings in the build's SARIF logs: how many warnings are allowed.</summary>
public sealed record AnalyzersGateSettings(GateSwitch Switch, int MaxWarnings);

/// <summary>`dotnet list package`: how many vulnerable, deprecated and outdated packages are allowed.</summary>
public sealed record DependenciesGateSettings(GateSwitch Switch, int MaxVulnerable, int MaxDeprecated, int MaxOutdated);

/// <summary>Stage 1B's coverage gate, with its mode.</summary>
public sealed record CoverageGateSettings(GateSwitch Switch, CoverageThresholds Thresholds);

/// <summary>
/// Failed tests are re-run alone up to <see cref="Retries"/> times; a test that then passes is flaky, allowed up to
/// <see cref="MaxFlaky"/>; the report lists tests whose outcome flipped within the last <see cref="HistoryRuns"/> runs.
/// </summary>
public sealed record FlakyTestsGateSettings(GateSwitch Switch, int Retries, int MaxFlaky, int HistoryRuns);
