using Cake.Core;
using Cake.Core.Configuration;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Packaging;
using Cake.Core.Tooling;

namespace Cake.Git.Compat.Tests.Fixtures;

/// <summary>
/// A real Cake context (file system, environment, log) as a Frosting host gives its tasks, logging to a string.
/// </summary>
internal static class CakeContextFixture
{
    public static ICakeContext Create()
    {
        var fileSystem = new FileSystem();
        var environment = new CakeEnvironment(new CakePlatform(), new CakeRuntime());
        var globber = new Globber(fileSystem, environment);
        var configuration = new CakeConfiguration(new Dictionary<string, string>());
        var cakeLog = new CakeBuildLog(new NullConsole(), Verbosity.Diagnostic);
        var tools = new ToolLocator(
            environment,
            new ToolRepository(environment),
            new ToolResolutionStrategy(fileSystem, environment, globber, configuration, cakeLog));
        return new CakeContext(
            fileSystem,
            environment,
            globber,
            cakeLog,
            new CakeArguments(Array.Empty<string>().ToLookup(a => a)),
            new ProcessRunner(fileSystem, environment, cakeLog, tools, configuration),
            new WindowsRegistry(),
            tools,
            new CakeDataService(),
            configuration,
            new NoToolInstaller(),
            new NoServices());
    }

    private sealed class NoToolInstaller : IToolInstaller
    {
        public IEnumerable<FilePath> Install(PackageReference tool) => throw new NotSupportedException("Tests install no tools.");

    }

    private sealed class NoServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }

    private sealed class NullConsole : IConsole
    {
        public ConsoleColor ForegroundColor { get; set; }

        public ConsoleColor BackgroundColor { get; set; }

        public bool SupportAnsiEscapeCodes => false;

        public void Write(string format, params object[] arg)
        {
        }

        public void Write(string value)
        {
        }

        public void WriteLine(string format, params object[] arg)
        {
        }

        public void WriteLine(string value)
        {
        }

        public void WriteError(string format, params object[] arg)
        {
        }

        public void WriteError(string value)
        {
        }

        public void WriteErrorLine(string format, params object[] arg)
        {
        }

        public void WriteErrorLine(string value)
        {
        }

        public void ResetColor()
        {
        }
    }
}
