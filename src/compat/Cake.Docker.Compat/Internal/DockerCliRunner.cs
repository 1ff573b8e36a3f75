using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Cake.Docker.Internal;

/// <summary>
/// The aliases' runner: <see cref="GenericDockerRunner{TSettings}"/>'s tool resolution and process settings, with one
/// difference (README, Cake compatibility): where standard output is captured, standard error is too, and a failing
/// command's error is what docker wrote there, not only its exit code.
/// </summary>
internal sealed class DockerCliRunner<TSettings>(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
    : DockerTool<TSettings>(fileSystem, environment, processRunner, tools)
    where TSettings : AutoToolSettings, new()
{
    private string? _error;

    public void Run(ProcessArgumentBuilder arguments, TSettings settings) =>
        Run(settings, arguments, DockerExperimental.ProcessSettings<TSettings>(), postAction: null);

    public string[] RunWithOutput(ProcessArgumentBuilder arguments, TSettings settings)
    {
        string[] output = [];
        var processSettings = DockerExperimental.ProcessSettings<TSettings>();
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

    protected override void ProcessExitCode(int exitCode)
    {
        if (exitCode != 0 && !string.IsNullOrEmpty(_error))
        {
            throw new CakeException($"docker: {_error} (exit code {exitCode}).");
        }

        base.ProcessExitCode(exitCode);
    }
}
