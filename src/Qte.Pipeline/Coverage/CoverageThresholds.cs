namespace Qte.Pipeline.Coverage;

/// <summary>The least line and branch coverage of the product, in percent, that stage 1B accepts.</summary>
public sealed record CoverageThresholds(double LinePercent, double BranchPercent)
{
    public static readonly CoverageThresholds Default = new(80, 70);
}
