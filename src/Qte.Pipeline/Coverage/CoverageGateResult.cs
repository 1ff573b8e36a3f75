namespace Qte.Pipeline.Coverage;

/// <summary>The gate's verdict, its one-line message, and on a miss the least-covered product classes.</summary>
public sealed record CoverageGateResult(bool Passed, string Message, IReadOnlyList<ClassCoverage> LeastCovered)
{
    /// <summary>The message followed by the least-covered classes, one per line.</summary>
    public string FullMessage =>
        LeastCovered.Count == 0
            ? Message
            : string.Join(Environment.NewLine, [Message, "Least-covered classes:", .. LeastCovered.Select(c => "  " + c)]);
}
