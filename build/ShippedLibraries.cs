using System.Xml.Linq;

namespace Qte.Build;

/// <summary>
/// The build host's own libraries (QteBuildHost=true) that a published app references, and so ships: each is compiled
/// once more, stamped, beside its unstamped copy (Directory.Build.targets, QteStampShipped), for the release.
/// </summary>
public static class ShippedLibraries
{
    /// <summary>The project files, from the project references of the apps this repository has.</summary>
    public static IReadOnlyList<string> Projects(string root, IEnumerable<string> apps) =>
    [
        .. apps
            .Where(app => File.Exists(Path.Combine(root, app)))
            .SelectMany(app => XDocument.Load(Path.Combine(root, app)).Descendants("ProjectReference")
                .Select(r => Path.GetFullPath(Path.Combine(root, Path.GetDirectoryName(app)!, (string)r.Attribute("Include")!))))
            .Distinct(StringComparer.Ordinal)
            .Where(project => File.ReadAllText(project).Contains("<QteBuildHost>true</QteBuildHost>", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>The stamped copy's output folder, relative to its project (its intermediate files: obj/stamped/).</summary>
    public static string StampedFolder(string configuration) => $"bin/{configuration}/stamped/";

    /// <summary>Where the stamped copy of a project's assembly is built.</summary>
    public static string StampedAssembly(string project, string configuration) =>
        Path.Combine(Path.GetDirectoryName(project)!, StampedFolder(configuration), Path.GetFileNameWithoutExtension(project) + ".dll");
}
