using Qte.Pipeline.Quality.Affected;

namespace Qte.Build.Testing;

/// <summary>
/// Which test projects the Test task covers: all, or with --affected-only those the change reaches.
/// </summary>
public static class TestSelection
{
    /// <summary>The test projects, relative to the repository root; empty when --affected-only finds none affected.</summary>
    public static IReadOnlyList<string> Projects(BuildContext context)
    {
        var plan = context.Ci.AffectedTests;
        if (context.QualityOptions.AffectedOnly && plan is { All: false })
        {
            context.Ci.TestsRanSubset = true;
            return plan.TestProjects;
        }

        return [.. ProjectGraph.Load(context.Paths.Root.FullPath, context.Paths.Solution.FullPath).Projects
            .Where(ProjectGraph.IsTestProject)
            .Order(StringComparer.Ordinal)];
    }
}
