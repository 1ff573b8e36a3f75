using Cake.Core.IO;
using Newtonsoft.Json.Linq;
using Qte.Pipeline.IO;
using Qte.Pipeline.Quality.Affected;

namespace Qte.Build.Testing;

/// <summary>
/// Which test projects the Test task covers (all, or with --affected-only those the change reaches), and the solution
/// filter (.slnf) that makes one dotnet test run exactly the ones that are not restored from the cache.
/// </summary>
public static class TestSelection
{
    /// <summary>The test projects, relative to the repository root; empty when --affected-only finds none affected.</summary>
    public static IReadOnlyList<string> Projects(BuildContext context)
    {
        var plan = context.AffectedTests;
        if (context.QualityOptions.AffectedOnly && plan is { All: false })
        {
            context.TestsRanSubset = true;
            return plan.TestProjects;
        }

        return [.. ProjectGraph.Load(context.Paths.Root.FullPath, context.Paths.Solution.FullPath).Projects
            .Where(ProjectGraph.IsTestProject)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>A solution filter of the given projects (relative to the root), written to <paramref name="filter"/>.</summary>
    public static FilePath Filter(BuildContext context, FilePath filter, IEnumerable<string> projects)
    {
        AtomicFile.WriteAllText(filter.FullPath, new JObject
        {
            ["solution"] = new JObject
            {
                ["path"] = context.Paths.Solution.FullPath,
                ["projects"] = new JArray(projects.Select(p => p.Replace('\\', '/'))),
            },
        }.ToString());
        return filter;
    }
}
