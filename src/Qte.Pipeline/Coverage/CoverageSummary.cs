namespace Qte.Pipeline.Coverage;

/// <summary>
/// Coverage per scope, each line counted once however many test assemblies ran it, and per class of the product.
/// </summary>
public sealed class CoverageSummary
{
    private CoverageSummary(IReadOnlyDictionary<CoverageScope, CoverageRate> scopes, IReadOnlyList<ClassCoverage> productClasses)
    {
        Scopes = scopes;
        ProductClasses = productClasses;
    }

    public IReadOnlyDictionary<CoverageScope, CoverageRate> Scopes { get; }

    /// <summary>The product's coverage: what the gate measures.</summary>
    public CoverageRate Product => Scopes[CoverageScope.Product];

    public IReadOnlyList<ClassCoverage> ProductClasses { get; }

    public static CoverageSummary Create(string repositoryRoot, IEnumerable<CoveredClass> classes)
    {
        ArgumentNullException.ThrowIfNull(classes);
        var byClass = classes
            .GroupBy(c => (c.Name, c.SourceFile))
            .Select(g => (g.Key.Name, g.Key.SourceFile, Lines: MergeLines(g.SelectMany(c => c.Lines)),
                Scope: CoverageScopes.Classify(repositoryRoot, g.Key.SourceFile)))
            .ToList();

        var scopes = Enum.GetValues<CoverageScope>().ToDictionary(
            scope => scope,
            scope => CoverageRate.Of(byClass.Where(c => c.Scope == scope)
                .SelectMany(c => c.Lines.Select(l => (c.SourceFile, Line: l)))
                .GroupBy(x => (x.SourceFile, x.Line.Number))
                .Select(g => g.Select(x => x.Line).Aggregate((a, b) => a.Merge(b)))));

        var productClasses = byClass
            .Where(c => c.Scope == CoverageScope.Product)
            .Select(c => new ClassCoverage(
                c.Name,
                Path.GetRelativePath(repositoryRoot, c.SourceFile).Replace('\\', '/'),
                CoverageRate.Of(c.Lines)))
            .ToList();
        return new CoverageSummary(scopes, productClasses);
    }

    /// <summary>The product classes with the lowest line coverage, the most uncovered lines first among equals.</summary>
    public IReadOnlyList<ClassCoverage> LeastCovered(int count) =>
        ProductClasses
            .Where(c => c.Rate.LinesValid > 0 && c.Rate.LinesCovered < c.Rate.LinesValid)
            .OrderBy(c => c.Rate.LinePercent)
            .ThenByDescending(c => c.UncoveredLines)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(count)
            .ToList();

    private static List<CoveredLine> MergeLines(IEnumerable<CoveredLine> lines) =>
        lines.GroupBy(l => l.Number).Select(g => g.Aggregate((a, b) => a.Merge(b))).ToList();
}
