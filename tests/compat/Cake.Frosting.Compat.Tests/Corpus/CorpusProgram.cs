using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Cake.Frosting.Compat.Tests.Corpus;

/// <summary>
/// One of the corpus programs (tests/compat/Corpus), built by <see cref="CorpusBuild"/> and run as a process with
/// <c>dotnet</c>, the way a user runs a Frosting build. Colours are off (NO_COLOR) and durations read as zero, so
/// that the output can be compared as text.
/// </summary>
internal sealed partial class CorpusProgram(string name)
{
    // This test project's output is tests/compat/<project>/bin/<Configuration>/<tfm>/; a program's project is
    // tests/compat/Corpus/<name>/<name>.csproj, its output bin/<Configuration>/<tfm>/ beside it.
    private static readonly DirectoryInfo Output = new(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));

    public static string Configuration => Output.Parent!.Name;

    private static string Folder(string program) => Path.Combine(Output.Parent!.Parent!.Parent!.Parent!.FullName, "Corpus", program);

    public static string ProjectFile(string program) => Path.Combine(Folder(program), program + ".csproj");

    private string Assembly => Path.Combine(Folder(name), "bin", Configuration, Output.Name, name + ".dll");

    public (int ExitCode, string Output) Run(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Assembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var text = Duration().Replace(output + error.Result, "00:00:00.0000000");
        return (process.ExitCode, string.Join('\n', text.Split('\n').Select(line => line.TrimEnd())));
    }

    [GeneratedRegex(@"\d\d:\d\d:\d\d\.\d{7}")]
    private static partial Regex Duration();
}
