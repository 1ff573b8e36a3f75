namespace Qte.Pipeline.Quality;

/// <summary>
/// One gate's line in the quality report: what it measured, against what, its verdict, the findings behind it
/// (file, line, rule) and how to fix a miss.
/// </summary>
public sealed record GateResult(
    string Gate,
    GateVerdict Verdict,
    string Measured,
    string Threshold,
    string HowToFix,
    IReadOnlyList<string> Findings)
{
    /// <summary>The verdict of a measure against its maximum: within passes, beyond fails or warns by the mode.</summary>
    public static GateVerdict Judge(bool withinThreshold, GateMode mode) =>
        withinThreshold ? GateVerdict.Pass : mode == GateMode.Fail ? GateVerdict.Fail : GateVerdict.Warn;

    public static GateResult Off(string gate) =>
        new(gate, GateVerdict.Off, "not measured", "gate turned off in build/config/quality.json", string.Empty, []);

    /// <summary>What an unknown verdict does to the stage (the gate's onUnknown).</summary>
    public GateMode OnUnknown { get; init; } = GateMode.Warn;

    /// <summary>True when this gate fails the stage: a fail, or an unknown with onUnknown "fail".</summary>
    public bool FailsStage => Verdict == GateVerdict.Fail || (Verdict == GateVerdict.Unknown && OnUnknown == GateMode.Fail);

    public string Line => $"{Gate}: {Verdict.ToString().ToLowerInvariant()}{(Verdict == GateVerdict.Unknown ? $" (onUnknown {OnUnknown.ToString().ToLowerInvariant()})" : string.Empty)} ({Measured}; threshold {Threshold})";
}
