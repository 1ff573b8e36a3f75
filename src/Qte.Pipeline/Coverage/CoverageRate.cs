namespace Qte.Pipeline.Coverage;

/// <summary>Covered and coverable lines and branches of some code, with the percentages they give.</summary>
public sealed record CoverageRate(int LinesCovered, int LinesValid, int BranchesCovered, int BranchesValid)
{
    public static readonly CoverageRate Empty = new(0, 0, 0, 0);

    /// <summary>Line coverage in percent; 100 when there is nothing to cover (the gate refuses that case: <see cref="CoverageGate"/>).</summary>
    public double LinePercent => Percent(LinesCovered, LinesValid);

    /// <summary>Branch coverage in percent; 100 when there are no branches.</summary>
    public double BranchPercent => Percent(BranchesCovered, BranchesValid);

    public static CoverageRate Of(IEnumerable<CoveredLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var (linesCovered, linesValid, branchesCovered, branchesValid) = (0, 0, 0, 0);
        foreach (var line in lines)
        {
            linesValid++;
            linesCovered += line.Hits > 0 ? 1 : 0;
            branchesCovered += line.BranchesCovered;
            branchesValid += line.Branches;
        }

        return new CoverageRate(linesCovered, linesValid, branchesCovered, branchesValid);
    }

    private static double Percent(int covered, int valid) => valid == 0 ? 100 : 100.0 * covered / valid;
}
