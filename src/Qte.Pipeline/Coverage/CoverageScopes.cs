namespace Qte.Pipeline.Coverage;

/// <summary>
/// Sorts a covered source file into its <see cref="CoverageScope"/> by its path in the repository.
/// </summary>
public static class CoverageScopes
{
    public static CoverageScope Classify(string repositoryRoot, string sourceFile)
    {
        var relative = Path.GetRelativePath(repositoryRoot, sourceFile).Replace('\\', '/');
        var name = Path.GetFileName(relative);
        if (relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            || relative.Contains("/obj/", StringComparison.Ordinal)
            || name.EndsWith(".g.cs", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".generated.cs", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".designer.cs", StringComparison.OrdinalIgnoreCase))
        {
            return CoverageScope.Generated;
        }

        return relative switch
        {
            _ when relative.StartsWith("src/compat/", StringComparison.Ordinal) => CoverageScope.Compat,
            _ when relative.StartsWith("src/", StringComparison.Ordinal) => CoverageScope.Product,
            _ when relative.StartsWith("build/", StringComparison.Ordinal) => CoverageScope.BuildHost,
            _ when relative.StartsWith("tests/", StringComparison.Ordinal) => CoverageScope.Tests,
            _ => CoverageScope.Generated,
        };
    }
}
