using System.Diagnostics;

namespace Cake.Frosting.Compat.Tests.Corpus;

/// <summary>
/// Builds the corpus programs (tests/compat/Corpus) once for the tests that run them, with this test project's
/// configuration, as a user builds a Frosting program. They are not in the solution, so that the pipeline's build
/// (stage 1A) does not pay for programs only these end-to-end tests run.
/// </summary>
public sealed class CorpusBuild
{
    public static readonly string[] Programs = ["Corpus.Delivery", "Corpus.Tools"];

    public CorpusBuild()
    {
        foreach (var program in Programs)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { "build", CorpusProgram.ProjectFile(program), "--configuration", CorpusProgram.Configuration, "--nologo", "-nodeReuse:false" })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet build {program} failed (exit code {process.ExitCode}):\n{output}{error.Result}");
            }
        }
    }
}
