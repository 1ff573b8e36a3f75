namespace Cake.Docker.Compat.Tests.Fixtures;

/// <summary>
/// A stand-in docker executable (a shell script in a temp folder) that prints the arguments it received, each in
/// brackets on one line (or the output the test gives instead), also appends that line to a file, and exits with the code the test asks for: what the
/// aliases hand the CLI, seen from outside.
/// </summary>
internal sealed class EchoDocker : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("qte-echo-docker-").FullName;

    public EchoDocker(int exitCode = 0, string? error = null, string extraArgument = "", string? output = null)
    {
        Path = System.IO.Path.Combine(_folder, "docker");
        var stderr = error is null ? string.Empty : $"echo '{error}' >&2\n";
        var stdout = output is null ? "echo \"$line\"\n" : $"cat <<'QTE_OUTPUT'\n{output}\nQTE_OUTPUT\n";
        File.WriteAllText(
            Path,
            $"#!/bin/sh\nline=$(printf '[%s]' \"$@\" {extraArgument})\n{stdout}echo \"$line\" >> '{CallsFile}'\n{stderr}exit {exitCode}\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public string Path { get; }

    /// <summary>One line per run of the executable, in order.</summary>
    public string[] Calls => File.Exists(CallsFile) ? File.ReadAllLines(CallsFile) : [];

    private string CallsFile => System.IO.Path.Combine(_folder, "calls.txt");

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
