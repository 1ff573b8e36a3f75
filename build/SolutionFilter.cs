using Cake.Core.IO;
using Newtonsoft.Json.Linq;
using Qte.Primitives.IO;

namespace Qte.Build;

/// <summary>A solution filter (.slnf): one dotnet build or test over exactly the given projects of the solution.</summary>
public static class SolutionFilter
{
    /// <summary>Writes a filter of the given projects (paths relative to the root) to <paramref name="filter"/>.</summary>
    public static FilePath Write(BuildContext context, FilePath filter, IEnumerable<string> projects)
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
