namespace Qte.Pipeline.Quality.Affected;

/// <summary>
/// Which test projects a change reaches: the projects holding the changed files, every project that references them
/// (transitively), and the test projects among those. A change to what every project builds with (Directory.*.props,
/// global.json, the solution, build/) means all tests.
/// </summary>
public sealed record AffectedTestPlan(bool All, string Reason, IReadOnlyList<string> TestProjects, IReadOnlyList<string> ChangedFiles)
{
    private static readonly string[] SharedFiles =
    [
        "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json", "NuGet.config",
        ".editorconfig", ".config/dotnet-tools.json",
    ];

    public static AffectedTestPlan Everything(string reason, IReadOnlyList<string> changedFiles) => new(true, reason, [], changedFiles);

    public static AffectedTestPlan Compute(ProjectGraph graph, IReadOnlyList<string> changedFiles)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(changedFiles);
        if (changedFiles.FirstOrDefault(IsShared) is { } shared)
        {
            return Everything($"{shared} changed, and every project builds with it", changedFiles);
        }

        var changedProjects = changedFiles.Select(graph.OwnerOf).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var tests = graph.WithDependents(changedProjects).Where(ProjectGraph.IsTestProject).Order(StringComparer.Ordinal).ToList();
        var reason = changedProjects.Count == 0
            ? $"{changedFiles.Count} changed file(s), none in a project"
            : $"{changedFiles.Count} changed file(s) in {string.Join(", ", changedProjects.Select(Path.GetFileNameWithoutExtension))}";
        return new AffectedTestPlan(false, reason, tests, changedFiles);
    }

    public string Describe() => All
        ? $"all test projects: {Reason}"
        : TestProjects.Count == 0
            ? $"no test project: {Reason}"
            : $"{TestProjects.Count} test project(s) ({string.Join(", ", TestProjects.Select(Path.GetFileNameWithoutExtension))}): {Reason}";

    private static bool IsShared(string file) =>
        SharedFiles.Contains(file, StringComparer.OrdinalIgnoreCase)
        || file.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase)
        || file.EndsWith(".sln", StringComparison.OrdinalIgnoreCase)
        || file.StartsWith("build/", StringComparison.Ordinal);
}
