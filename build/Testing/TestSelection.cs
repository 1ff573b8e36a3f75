using Cake.Core.IO;
using Newtonsoft.Json.Linq;
using Qte.Pipeline.IO;

namespace Qte.Build.Testing;

/// <summary>
/// What the Test task runs: the solution, or with --affected-only a solution filter (.slnf) of the affected test
/// projects, or nothing when the change reaches none.
/// </summary>
public static class TestSelection
{
    public static FilePath? Target(BuildContext context)
    {
        var plan = context.AffectedTests;
        if (!context.QualityOptions.AffectedOnly || plan is null || plan.All)
        {
            return context.Paths.Solution;
        }

        context.TestsRanSubset = true;
        if (plan.TestProjects.Count == 0)
        {
            return null;
        }

        var filter = context.Paths.Quality.CombineWithFilePath("affected-tests.slnf");
        AtomicFile.WriteAllText(filter.FullPath, new JObject
        {
            ["solution"] = new JObject
            {
                ["path"] = context.Paths.Solution.FullPath,
                ["projects"] = new JArray(plan.TestProjects),
            },
        }.ToString());
        return filter;
    }
}
