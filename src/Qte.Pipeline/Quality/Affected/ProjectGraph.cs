using System.Xml;
using System.Xml.Linq;

namespace Qte.Pipeline.Quality.Affected;

/// <summary>
/// The solution's projects (from the .slnx file) and their project references, with paths relative to the
/// repository root. A project whose file name ends in .Tests is a test project.
/// </summary>
public sealed class ProjectGraph
{
    private readonly Dictionary<string, IReadOnlyList<string>> _references;

    private ProjectGraph(Dictionary<string, IReadOnlyList<string>> references) => _references = references;

    public IReadOnlyCollection<string> Projects => _references.Keys;

    public IReadOnlyList<string> ReferencesOf(string project) => _references.GetValueOrDefault(project) ?? [];

    public static bool IsTestProject(string project) =>
        Path.GetFileNameWithoutExtension(project).EndsWith(".Tests", StringComparison.Ordinal);

    /// <exception cref="InvalidDataException">The solution or a project file cannot be read.</exception>
    public static ProjectGraph Load(string repositoryRoot, string solutionPath)
    {
        var root = Path.GetFullPath(repositoryRoot);
        var solutionDirectory = Path.GetDirectoryName(Path.GetFullPath(solutionPath))!;
        var references = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var relative in Read(solutionPath).Descendants("Project").Select(p => (string?)p.Attribute("Path")).OfType<string>())
        {
            var project = Path.GetFullPath(Path.Combine(solutionDirectory, relative.Replace('\\', '/')));
            var projectDirectory = Path.GetDirectoryName(project)!;
            references[RepositoryPath.Relative(root, project)] = Read(project)
                .Descendants("ProjectReference")
                .Select(r => (string?)r.Attribute("Include"))
                .OfType<string>()
                .Select(r => RepositoryPath.Relative(root, Path.GetFullPath(Path.Combine(projectDirectory, r.Replace('\\', '/')))))
                .ToList();
        }

        return new ProjectGraph(references);
    }

    /// <summary>The project whose folder holds the file (the deepest one), or null for a file outside every project.</summary>
    public string? OwnerOf(string file) => Projects
        .Where(p => file.StartsWith(ProjectFolder(p), StringComparison.Ordinal))
        .OrderByDescending(p => ProjectFolder(p).Length)
        .FirstOrDefault();

    /// <summary>The projects given and every project that reaches one of them through project references.</summary>
    public IReadOnlySet<string> WithDependents(IEnumerable<string> projects)
    {
        var affected = new HashSet<string>(projects, StringComparer.Ordinal);
        bool grew;
        do
        {
            grew = false;
            foreach (var project in Projects.Where(p => !affected.Contains(p)))
            {
                if (ReferencesOf(project).Any(affected.Contains))
                {
                    grew |= affected.Add(project);
                }
            }
        }
        while (grew);
        return affected;
    }

    private static string ProjectFolder(string project)
    {
        var folder = Path.GetDirectoryName(project)?.Replace('\\', '/') ?? string.Empty;
        return folder.Length == 0 ? string.Empty : folder + "/";
    }

    private static XDocument Read(string path)
    {
        try
        {
            return XDocument.Load(path);
        }
        catch (Exception ex) when (ex is XmlException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"'{path}' cannot be read as a solution or project file: {ex.Message}", ex);
        }
    }
}
