using System.Diagnostics;
using Cake.Core;
using Cake.Core.IO;

namespace Qte.Build;

/// <summary>
/// What ships: each published app's folder, and in it every assembly built from a project of this repository. An
/// app's own assembly must be there; a library is checked where the app ships it.
/// </summary>
public static class ShippedAssemblies
{
    /// <summary>Each shipped assembly of ours ("service/Qte.Service.dll") with its informational version.</summary>
    public static Dictionary<string, string> Versions(BuildContext context)
    {
        var ours = context.Globber.GetFiles($"{context.Paths.Root.FullPath}/src/**/*.csproj")
            .Select(p => p.GetFilenameWithoutExtension().FullPath)
            .Concat(ShippedProjects.Apps.Select(a => System.IO.Path.GetFileNameWithoutExtension(a.Project)))
            .ToHashSet(StringComparer.Ordinal);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (project, folder) in ShippedProjects.Apps)
        {
            var directory = context.Paths.Publish.Combine(folder).FullPath;
            var app = System.IO.Path.GetFileNameWithoutExtension(project);
            if (!File.Exists(System.IO.Path.Combine(directory, app + ".dll")))
            {
                throw new CakeException($"BuildInfo: {app}.dll is missing from {directory}; the Publish task did not publish {project}.");
            }

            foreach (var assembly in Directory.EnumerateFiles(directory, "*.dll").Where(f => ours.Contains(System.IO.Path.GetFileNameWithoutExtension(f))).Order(StringComparer.Ordinal))
            {
                result[$"{folder}/{System.IO.Path.GetFileName(assembly)}"] = FileVersionInfo.GetVersionInfo(assembly).ProductVersion ?? string.Empty;
            }
        }

        return result;
    }
}
