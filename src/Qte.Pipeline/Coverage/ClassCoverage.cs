namespace Qte.Pipeline.Coverage;

/// <summary>A class's coverage, with its file relative to the repository root.</summary>
public sealed record ClassCoverage(string Name, string File, CoverageRate Rate)
{
    public int UncoveredLines => Rate.LinesValid - Rate.LinesCovered;

    public override string ToString() =>
        $"{Name} ({File}): {Rate.LinePercent:0.0} % of lines, {UncoveredLines} of {Rate.LinesValid} not covered";
}
