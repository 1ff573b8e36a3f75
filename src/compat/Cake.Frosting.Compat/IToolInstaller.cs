using Cake.Core.Packaging;

namespace Cake.Frosting;

/// <summary>
/// Installs the tools a build asks for with <see cref="CakeHostExtensions.InstallTool"/> before any task runs.
/// </summary>
public interface IToolInstaller
{
    /// <summary>
    /// Installs a tool into the tools folder and registers its files with Cake's tool locator.
    /// </summary>
    /// <param name="tool">The tool's package reference, for example <c>dotnet:?package=NAME&amp;version=V</c>.</param>
    void Install(PackageReference tool);
}
