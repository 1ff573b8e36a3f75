using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Qte.Build.Tests.Fixtures;

/// <summary>
/// Runs the build host in this process against a scratch repository root (a folder with a solution
/// file and an artifacts folder holding one file), capturing what it prints.
/// </summary>
internal sealed class BuildHostFixture : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("qte-build-");
    private readonly string _currentDirectory = Environment.CurrentDirectory;

    public BuildHostFixture()
    {
        File.WriteAllText(Path.Combine(Root, BuildPaths.SolutionFileName), "<Solution />");
        Directory.CreateDirectory(Path.Combine(Root, "artifacts"));
        File.WriteAllText(KeptFile, "an earlier run's output");
    }

    public string Root => _root.FullName;

    /// <summary>A file under artifacts/ that a run refused for bad input must leave alone.</summary>
    public string KeptFile => Path.Combine(Root, "artifacts", "earlier.txt");

    public string Artifact(string relativePath) => Path.Combine(Root, "artifacts", relativePath);

    /// <summary>Makes the build's clock read <paramref name="elapsed"/> after the host process started.</summary>
    public TimeProvider Time { get; private set; } = TimeProvider.System;

    public BuildHostFixture WithElapsed(TimeSpan elapsed)
    {
        var started = Process.GetCurrentProcess().StartTime.ToUniversalTime();
        Time = new FixedTimeProvider(new DateTimeOffset(started) + elapsed);
        return this;
    }

    /// <summary>
    /// Puts what the Publish task would publish under artifacts/publish/: the service and the router as assemblies
    /// that carry <paramref name="informationalVersion"/> (made with PersistedAssemblyBuilder), or only the router.
    /// </summary>
    public void PlantPublishedApps(string informationalVersion, bool withService = true)
    {
        foreach (var (folder, name) in new[] { ("service", "Qte.Service"), ("router", "Qte.Router") }.Where(a => withService || a.Item1 != "service"))
        {
            var assembly = new System.Reflection.Emit.PersistedAssemblyBuilder(new System.Reflection.AssemblyName(name), typeof(object).Assembly);
            assembly.SetCustomAttribute(new System.Reflection.Emit.CustomAttributeBuilder(
                typeof(System.Reflection.AssemblyInformationalVersionAttribute).GetConstructor([typeof(string)])!, [informationalVersion]));
            assembly.DefineDynamicModule(name);
            var directory = Directory.CreateDirectory(Artifact(Path.Combine("publish", folder))).FullName;
            assembly.Save(Path.Combine(directory, name + ".dll"));
        }
    }

    public (int ExitCode, string Output) Run(params string[] args)
    {
        var output = new StringWriter();
        var (standardOutput, standardError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(output);
        try
        {
            var exitCode = Program.CreateHost(args)
                .AddAssembly(typeof(Program).Assembly)
                .ConfigureServices(services => services.AddSingleton(Time))
                .Run([.. args, $"--working={Root}"]);
            return (exitCode, output.ToString());
        }
        finally
        {
            Console.SetOut(standardOutput);
            Console.SetError(standardError);
            Environment.CurrentDirectory = _currentDirectory;
        }
    }

    public void Dispose() => _root.Delete(recursive: true);
}
