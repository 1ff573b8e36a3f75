namespace Qte.Pipeline.Coverage;

/// <summary>One line of source: how often it ran, and of its branches how many were taken.</summary>
public readonly record struct CoveredLine(int Number, long Hits, int BranchesCovered, int Branches)
{
    public CoveredLine Merge(CoveredLine other) => new(
        Number,
        Math.Max(Hits, other.Hits),
        Math.Max(BranchesCovered, other.BranchesCovered),
        Math.Max(Branches, other.Branches));
}
