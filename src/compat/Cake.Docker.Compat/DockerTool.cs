using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;
using Cake.Docker.Internal;

namespace Cake.Docker;

/// <summary>
/// The docker CLI as a Cake tool: found by Cake's tool resolution (the settings' ToolPath, a registered path, tools/,
/// PATH, then where Docker Toolbox installs it on Windows) and run by Cake's process runner.
/// </summary>
/// <typeparam name="TSettings">The settings type.</typeparam>
public abstract class DockerTool<TSettings> : Tool<TSettings>
    where TSettings : ToolSettings
{
    private readonly IFileSystem _fileSystem;
    private readonly ICakeEnvironment _environment;

    /// <summary>Creates the tool.</summary>
    /// <param name="fileSystem">The file system.</param>
    /// <param name="environment">The environment.</param>
    /// <param name="processRunner">The process runner.</param>
    /// <param name="tools">The tool locator.</param>
    protected DockerTool(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
        : base(fileSystem, environment, processRunner, tools)
    {
        _fileSystem = fileSystem;
        _environment = environment;
    }

    /// <summary>The tool's name, in Cake's messages.</summary>
    /// <returns>"Docker".</returns>
    protected override string GetToolName() => "Docker";

    /// <summary>The executable's names, the platform's own first: under WSL both exist, and the Linux one must win.</summary>
    /// <returns>The names.</returns>
    protected override IEnumerable<string> GetToolExecutableNames() =>
        _environment.Platform.IsUnix() ? ["docker", "docker.exe"] : ["docker.exe", "docker"];

    /// <summary>Where docker is installed outside PATH.</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The paths.</returns>
    protected override IEnumerable<FilePath> GetAlternativeToolPaths(TSettings settings) =>
        DockerToolbox.Executable(_fileSystem, _environment) is { } path ? [path] : [];
}
