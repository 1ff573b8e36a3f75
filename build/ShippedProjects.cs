using System.Xml.Linq;

namespace Qte.Build;

/// <summary>
/// What a release ships of ours: each published app and every project it references, transitively. The Build task
/// compiles each once more, stamped with the version, beside its unstamped copy (Directory.Build.targets,
/// QteStampShipped), and the Publish task ships the stamped copies.
/// </summary>
public static class ShippedProjects
{
    /// <summary>The apps a release ships: each project and the folder of artifacts/publish/ it is published to.</summary>
    public static readonly (string Project, string Folder)[] Apps =
    [
        ("src/Qte.Service/Qte.Service.csproj", "service"),
        ("src/Qte.Router/Qte.Router.csproj", "router"),
    ];

    /// <summary>The apps' project files and those they reference, full paths, each after the projects it references.</summary>
    public static IReadOnlyList<string> Of(string root, IEnumerable<string> apps)
    {
        var ordered = new List<string>();
        foreach (var app in apps.Select(app => Path.GetFullPath(Path.Combine(root, app))).Where(File.Exists))
        {
            Visit(app, ordered);
        }

        return ordered;
    }

    // Depth first, references before the project: a stamped project compiles against its references' stamped copies.
    private static void Visit(string project, List<string> ordered)
    {
        if (ordered.Contains(project, StringComparer.Ordinal))
        {
            return;
        }

        foreach (var reference in XDocument.Load(project).Descendants("ProjectReference"))
        {
            Visit(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, (string)reference.Attribute("Include")!)), ordered);
        }

        ordered.Add(project);
    }

    /// <summary>The stamped copy's output folder, relative to its project (its intermediate files: obj/stamped/).</summary>
    public static string StampedFolder(string configuration) => $"bin/{configuration}/stamped/";

    /// <summary>Where the stamped copy of a project's assembly is built.</summary>
    public static string StampedAssembly(string project, string configuration) =>
        Path.Combine(Path.GetDirectoryName(project)!, StampedFolder(configuration), Path.GetFileNameWithoutExtension(project) + ".dll");
}
