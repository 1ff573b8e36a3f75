using Cake.Core.Packaging;

namespace Cake.Frosting.Internal;

/// <summary>
/// Frosting's tool installer over Cake.Core's, which picks the package installer for the URI's scheme (Cake.NuGet's
/// for nuget:, the DotNetTool module's for dotnet:), installs into the tools folder and registers the files.
/// </summary>
internal sealed class FrostingToolInstaller(Cake.Core.Tooling.IToolInstaller installer) : IToolInstaller
{
    public void Install(PackageReference tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        // Cake.Core's Install is a lazy iterator: nothing is installed or registered until its files are enumerated.
        _ = installer.Install(tool).ToList();
    }
}
