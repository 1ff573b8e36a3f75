using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Cake.Docker.Internal;

/// <summary>
/// The docker CLI as a Cake tool: found by Cake's tool resolution (ToolPath, tools/, PATH), run by its process runner.
/// A failing command's standard error, when captured, is in the exception.
/// </summary>
internal sealed class GenericDockerRunner<TSettings>(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
    : Tool<TSettings>(fileSystem, environment, processRunner, tools)
    where TSettings : AutoToolSettings
{
    private string? _error;

    public void Run(ProcessArgumentBuilder arguments, TSettings settings, bool experimental) =>
        Run(settings, arguments, ProcessSettings(experimental), postAction: null);

    public string[] RunWithResult(ProcessArgumentBuilder arguments, TSettings settings, bool experimental)
    {
        string[] output = [];
        var processSettings = ProcessSettings(experimental);
        processSettings.RedirectStandardOutput = true;
        processSettings.RedirectStandardError = true;
        Run(
            settings,
            arguments,
            processSettings,
            process =>
            {
                output = [.. process.GetStandardOutput()];
                _error = string.Join(' ', process.GetStandardError().Select(line => line.Trim()).Where(line => line.Length > 0));
            });
        return output;
    }

    private static ProcessSettings ProcessSettings(bool experimental) => experimental
        ? new ProcessSettings { EnvironmentVariables = new Dictionary<string, string>(StringComparer.Ordinal) { ["DOCKER_CLI_EXPERIMENTAL"] = "enabled" } }
        : new ProcessSettings();

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
