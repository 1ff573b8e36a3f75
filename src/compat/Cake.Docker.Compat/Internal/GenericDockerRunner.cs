using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Cake.Docker.Internal;

/// <summary>The docker CLI as a Cake tool: located on PATH (or by ToolPath), run, its exit code checked.</summary>
internal sealed class GenericDockerRunner<TSettings>(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
    : Tool<TSettings>(fileSystem, environment, processRunner, tools)
    where TSettings : AutoToolSettings
{
    private string? _error;

    /// <summary>Runs the command with its output on the console (a build's progress, a push's layers).</summary>
    public void Run(string command, TSettings settings, params string[] arguments) =>
        Run(settings, DockerArguments.Build(command, settings, arguments));

    /// <summary>
    /// Runs the command with its output captured and returns the lines of its standard output. Its standard error
    /// is captured too: when the command fails, the exception says what docker said.
    /// </summary>
    public string[] RunWithResult(string command, TSettings settings, params string[] arguments)
    {
        string[] output = [];
        Run(
            settings,
            DockerArguments.Build(command, settings, arguments),
            new ProcessSettings { RedirectStandardOutput = true, RedirectStandardError = true },
            process =>
            {
                output = [.. process.GetStandardOutput()];
                _error = string.Join(' ', process.GetStandardError().Select(line => line.Trim()).Where(line => line.Length > 0));
            });
        return output;
    }

    protected override void ProcessExitCode(int exitCode)
    {
        if (exitCode != 0 && !string.IsNullOrEmpty(_error))
        {
            throw new CakeException($"docker: {_error} (exit code {exitCode}).");
        }

        base.ProcessExitCode(exitCode);
    }

    protected override string GetToolName() => "docker";

    protected override IEnumerable<string> GetToolExecutableNames() => ["docker", "docker.exe"];
}
