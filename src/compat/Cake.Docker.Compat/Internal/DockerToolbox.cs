using Cake.Core;
using Cake.Core.IO;

namespace Cake.Docker.Internal;

/// <summary>
/// Docker Toolbox's fixed install folder on Windows, where its docker.exe is not always on PATH (a Chocolatey install
/// has no fixed folder and is found on PATH).
/// </summary>
internal static class DockerToolbox
{
    public static FilePath? Executable(IFileSystem fileSystem, ICakeEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentNullException.ThrowIfNull(environment);
        if (environment.Platform.IsUnix())
        {
            return null;
        }

        var docker = environment.GetSpecialPath(SpecialPath.ProgramFiles).Combine("Docker Toolbox").CombineWithFilePath("docker.exe");
        return fileSystem.GetFile(docker).Exists ? docker : null;
    }
}
