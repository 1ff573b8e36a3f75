using Cake.Core;
using Cake.Core.Configuration;
using Cake.Core.Packaging;

namespace Cake.Frosting.Internal;

/// <summary>
/// Frosting's tool installer over Cake.Core's, which picks the package installer for the URI's scheme (Cake.NuGet's
/// for nuget:, the DotNetTool module's for dotnet:), installs into the tools folder and registers the files. A package
/// the registry does not have is reported in one line before anything is installed; an installation that fails
/// anyway leaves nothing behind in the tools folder.
/// </summary>
internal sealed class FrostingToolInstaller(
    Cake.Core.Tooling.IToolInstaller installer,
    ToolPackageCheck check,
    ICakeConfiguration configuration,
    ICakeEnvironment environment) : IToolInstaller
{
    public void Install(PackageReference tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        var tools = configuration.GetToolPath(environment.WorkingDirectory, environment).MakeAbsolute(environment).FullPath;
        if (check.Problem(tool, tools) is { } problem)
        {
            throw new FrostingException($"InstallTool {tool.OriginalString}: {problem}");
        }

        var before = Entries(tools);
        try
        {
            // Cake.Core's Install is a lazy iterator: nothing is installed or registered until its files are enumerated.
            _ = installer.Install(tool).ToList();
        }
        catch (Exception ex) when (ex is CakeException or InvalidOperationException or IOException)
        {
            foreach (var entry in Entries(tools).Except(before, StringComparer.Ordinal))
            {
                if (Directory.Exists(entry))
                {
                    Directory.Delete(entry, recursive: true);
                }
                else
                {
                    File.Delete(entry);
                }
            }

            throw new FrostingException($"InstallTool {tool.OriginalString}: {ex.Message}", ex);
        }
    }

    private static HashSet<string> Entries(string folder) =>
        Directory.Exists(folder) ? [.. Directory.EnumerateFileSystemEntries(folder)] : [];
}
