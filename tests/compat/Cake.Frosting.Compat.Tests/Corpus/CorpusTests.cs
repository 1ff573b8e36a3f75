using Cake.Frosting.Compat.Tests.Fixtures;
using LibGit2Sharp;

namespace Cake.Frosting.Compat.Tests.Corpus;

/// <summary>
/// The corpus programs compiled against the compat (by <see cref="CorpusBuild"/>) and run as a user runs them: end to
/// end, processes that build and run, so stage 1A leaves them out. The expected text is what the
/// official host prints, read from its source (cake-build/cake cc71d61e): the warning for a task of another context
/// type (Cake.Frosting Internal/FrostingEngine.cs, ConfigureTasks), the tree (Cake.Cli Hosts/TreeScriptHost.cs), the
/// dry run, which runs setup and teardown but no task (Cake.Cli Hosts/DryRunScriptHost.cs and
/// DryRunExecutionStrategy.cs), and a run's headers and summary (Cake.Core DefaultExecutionStrategy, Cake.Cli
/// CakeReportPrinter).
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class CorpusTests : IDisposable, IClassFixture<CorpusBuild>
{
    private const string ContextWarning = "Task cannot be used since the context isn't convertible to Corpus.Delivery.ChatContext.";
    private const string Rule = "----------------------------------------------------------------------";

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("qte-corpus-");
    private readonly CorpusProgram _delivery = new("Corpus.Delivery");
    private readonly Dictionary<string, string> _environment = [];
    private readonly string _sha;

    public CorpusTests()
    {
        // The repository the delivery releases: tagged v1.2.0, then one commit more.
        var repository = Directory.CreateDirectory(Path.Combine(_root.FullName, "shop")).FullName;
        LibGit2Sharp.Repository.Init(repository);
        using (var git = new LibGit2Sharp.Repository(repository))
        {
            var author = new Signature("QTE Test", "test@qte.invalid", new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
            File.WriteAllText(Path.Combine(repository, "app.txt"), "1");
            Commands.Stage(git, "*");
            git.ApplyTag("v1.2.0", git.Commit("First", author, author).Sha);
            File.WriteAllText(Path.Combine(repository, "app.txt"), "2");
            Commands.Stage(git, "*");
            _sha = git.Commit("Second", author, author).Sha[..7];
        }

        // A stand-in docker first on PATH: it records its arguments, one run per line.
        var bin = Directory.CreateDirectory(Path.Combine(_root.FullName, "bin")).FullName;
        var docker = Path.Combine(bin, "docker");
        File.WriteAllText(docker, $"#!/bin/sh\nprintf '[%s]' \"$@\" >> '{DockerCalls}'\necho >> '{DockerCalls}'\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(docker, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        _environment["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        RepositoryPath = repository;
    }

    private string RepositoryPath { get; }

    private string DockerCalls => Path.Combine(_root.FullName, "docker-calls.txt");

    private string Version => $"1.2.0-1-g{_sha}";

    public void Dispose()
    {
        foreach (var file in _root.EnumerateFiles("*", SearchOption.AllDirectories))
        {
            file.Attributes = FileAttributes.Normal;
        }

        _root.Delete(recursive: true);
    }

    [Fact]
    public void The_Tree_Shows_Dependencies_Declared_On_The_Abstract_Base()
    {
        var (exitCode, output) = _delivery.Run(_environment, "--tree");

        Assert.Equal(0, exitCode);
        Assert.Equal(
            $"""
            {ContextWarning}

            Default
            └─Push-Image
               ├─Build-Image
               │ └─Version
               └─Version


            """,
            output);
    }

    [Fact]
    public void A_Dry_Run_With_The_Capitalized_Target_Option_Runs_Setup_And_Teardown_But_No_Task()
    {
        var (exitCode, output) = _delivery.Run(_environment, "--dryrun", "--Target=Push-Image", $"--repository={RepositoryPath}");

        Assert.Equal(0, exitCode);
        Assert.Equal(
            $"""
            {ContextWarning}
            Performing dry run...
            Targets are: Push-Image

            Setup: releasing shop
            1. Version
            2. Build-Image
            3. Push-Image
            Teardown: corpus/app:0.0.0 released

            This was a dry run.
            No tasks were actually executed.

            """,
            output);
        Assert.False(File.Exists(DockerCalls), "a dry run runs no docker command");
    }

    [Fact]
    public void A_Run_Reads_Git_Calls_Docker_And_Wraps_Each_Task_In_Its_Setup_And_Teardown()
    {
        var (exitCode, output) = _delivery.Run(_environment, $"--repository={RepositoryPath}");

        Assert.True(exitCode == 0, output);
        Assert.Equal(
            $"""
            {ContextWarning}

            ----------------------------------------
            Setup
            ----------------------------------------
            Setup: releasing shop
            Task setup: Version

            ========================================
            Version
            ========================================
            Version {Version} at {_sha}
            Task teardown: Version
            Task setup: Build-Image

            ========================================
            Build-Image
            ========================================
            Task teardown: Build-Image
            Task setup: Push-Image

            ========================================
            Push-Image
            ========================================
            Task teardown: Push-Image
            Task setup: Default

            ========================================
            Default
            ========================================
            Task teardown: Default

            ----------------------------------------
            TearDown
            ----------------------------------------
            Teardown: corpus/app:{Version} released

            Task                          Duration            Status
            {Rule}
            Setup                         00:00:00.0000000    Succeeded
            Version                       00:00:00.0000000    Succeeded
            Build-Image                   00:00:00.0000000    Succeeded
            Push-Image                    00:00:00.0000000    Succeeded
            Teardown                      00:00:00.0000000    Succeeded
            {Rule}
            Total:                        00:00:00.0000000

            """,
            output);
        Assert.Equal(
            [
                $"[image][build][--label][org.opencontainers.image.version={Version}][--tag][corpus/app:{Version}][{RepositoryPath}]",
                $"[tag][corpus/app:{Version}][127.0.0.1:5000/corpus/app:{Version}]",
                $"[push][--disable-content-trust=True][127.0.0.1:5000/corpus/app:{Version}]",
            ],
            File.ReadAllLines(DockerCalls));
    }

    [Fact]
    public void An_Exclusive_Run_Runs_The_Target_Alone()
    {
        var (exitCode, output) = _delivery.Run(_environment, "--target=Version", "--exclusive", $"--repository={RepositoryPath}");

        Assert.True(exitCode == 0, output);
        Assert.Contains($"Version {Version} at {_sha}", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Build-Image", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Tools_From_The_Startup_And_The_Host_Are_Installed_From_The_Registry_And_Run()
    {
        var coverage = CoverageFile.WriteIn(_root.FullName);

        var (exitCode, output) = new CorpusProgram("Corpus.Tools").Run(_environment, $"--working={_root.FullName}", $"--coverage={coverage}");

        Assert.True(exitCode == 0, output);
        Assert.True(File.Exists(Path.Combine(_root.FullName, "tools", "reportgenerator")), output);
        Assert.True(File.Exists(Path.Combine(_root.FullName, "tools", "csharpier")), output);
        Assert.Contains("1.3.0", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_root.FullName, "report", "index.html")), output);
    }
}
