using System.Diagnostics;
using Cake.Core;
using Cake.Core.IO;
using Cake.Frosting;
using Qte.Build.Delivery;
using Qte.Build.Quality;
using Qte.Build.Reporting;
using Qte.Delivery.Deployment;
using Qte.Delivery.Releases;
using Qte.Pipeline.Coverage;
using Qte.Pipeline.Quality;
using Qte.Pipeline.Quality.Affected;
using Qte.Pipeline.Settings;
using Qte.Pipeline.Testing;
using Qte.Pipeline.Timing;
using Qte.Pipeline.Versioning;

namespace Qte.Build;

/// <summary>
/// The state of one run: its settings, read and validated before any task runs, and what tasks report.
/// </summary>
public sealed class BuildContext : FrostingContext
{
    public BuildContext(ICakeContext context, TimeProvider time)
        : base(context)
    {
        Time = time;
        Paths = new BuildPaths(context.Environment.WorkingDirectory);
        if (!context.FileSystem.Exist(Paths.Solution))
        {
            throw new SettingsException(
                $"--working: '{Paths.Root.FullPath}' holds no {BuildPaths.SolutionFileName}. " +
                "Run from the repository root, or pass --working=PATH to the repository root.");
        }

        var file = SettingsFile.Load(Paths.BuildConfigFile.FullPath, PipelineSettings.FileDisplayPath, PipelineSettings.FileKeys);
        Settings = PipelineSettings.Read(new LayeredSettings(
            option => context.Arguments.HasArgument(option) ? context.Arguments.GetArgument(option) : null,
            context.Environment.GetEnvironmentVariable,
            file));
        Quality = QualitySettings.Load(
            Paths.QualityConfigFile.FullPath,
            option => context.Arguments.HasArgument(option) ? context.Arguments.GetArgument(option) : null,
            context.Environment.GetEnvironmentVariable);
        TimeBudget = Settings.TimeBudget;
        Delivery = DeliveryOptions.Read(context);
        Docker = Qte.Build.Docker.DockerOptions.Read(context);
        QualityOptions = QualityOptions.Read(context);
        History = HistoryOptions.Read(context);
        CacheOptions = Qte.Build.Caching.CacheOptions.Read(context);
        ConfigCheck.All(this);
        RunId = context.Environment.GetEnvironmentVariable("GITHUB_RUN_ID") is { Length: > 0 } ciRun
            ? $"gh-{ciRun}-{context.Environment.GetEnvironmentVariable("GITHUB_RUN_ATTEMPT") ?? "1"}"
            : $"local-{StartedAt:yyyyMMdd'T'HHmmss'Z'}-{System.Environment.ProcessId}";
    }

    public BuildPaths Paths { get; }

    public PipelineSettings Settings { get; }

    /// <summary>The run's time budget: the settings' unless the target is a benchmark with one of its own (set in setup).</summary>
    public TimeBudget TimeBudget { get; set; }

    public QualitySettings Quality { get; }

    public DeliveryOptions Delivery { get; }

    /// <summary>--deploy-target, --docker-base-image, --docker-registry.</summary>
    public Qte.Build.Docker.DockerOptions Docker { get; }

    /// <summary>The images the DockerImage task built, for DockerPush.</summary>
    public List<Qte.Build.Docker.BuiltImage> Images { get; } = [];

    public QualityOptions QualityOptions { get; }

    public HistoryOptions History { get; }

    /// <summary>--no-cache.</summary>
    public Qte.Build.Caching.CacheOptions CacheOptions { get; }

    /// <summary>The Test task's plan: per test project, restored from the cache or run, for the summary and the report.</summary>
    public IReadOnlyList<Qte.Build.Testing.TestProjectPlan> TestPlans { get; set; } = [];

    /// <summary>Where runs.jsonl lives: --history-dir, else artifacts/history/ (kept by Clean).</summary>
    public DirectoryPath HistoryDirectory => History.Directory is { } directory ? Paths.Root.Combine(directory) : Paths.History;

    /// <summary>This run in the history: the CI run's id and attempt, else a local id from the start time and process.</summary>
    public string RunId { get; }

    /// <summary>The task the run was asked for, from the setup.</summary>
    public string Target { get; set; } = "Default";

    /// <summary>Every deployment the run made, in order, for the history and the report.</summary>
    public List<DeploymentResult> Deployments { get; } = [];

    /// <summary>Stage 4-v3's results, one per experiment.</summary>
    public List<Qte.Delivery.AbTesting.AbStageResult> AbResults { get; } = [];

    /// <summary>Each failed task's error, as the report says it.</summary>
    public Dictionary<string, string> TaskErrors { get; } = [];

    /// <summary>Stage 4-v4's result.</summary>
    public Qte.Delivery.Monitoring.PerformanceStageResult? Performance { get; set; }

    /// <summary>The Timing task's comparison with the history, for the report.</summary>
    public Qte.Pipeline.History.Trend? Trend { get; set; }

    /// <summary>The history's earlier runs as the Timing task read them, so that the teardown does not read (and warn) again.</summary>
    public IReadOnlyList<Qte.Pipeline.History.RunRecord>? PastRuns { get; set; }

    /// <summary>The AffectedTests task's plan: which test projects the change reaches.</summary>
    public AffectedTestPlan? AffectedTests { get; set; }

    /// <summary>True when --affected-only made the Test task run a subset: coverage then measures only that subset.</summary>
    public bool TestsRanSubset { get; set; }

    /// <summary>The failed tests of the Test task's run, each run again alone: flaky or failed.</summary>
    public IReadOnlyList<RetriedTest>? RetriedTests { get; set; }

    /// <summary>The names of the tasks this run executes, from the setup: a task may start work a later one needs.</summary>
    public HashSet<string> PlannedTasks { get; } = new(StringComparer.Ordinal);

    /// <summary>The package scans, started beside the tests when the run includes the Quality task.</summary>
    public Task<IReadOnlyList<Qte.Pipeline.Quality.Dependencies.DependencyScan>>? DependencyScans { get; set; }

    /// <summary>The Quality task's report.</summary>
    public QualityReport? QualityReport { get; set; }

    /// <summary>The release the Package task made, for the tasks that deploy it.</summary>
    public Release? Release { get; set; }

    /// <summary>Environments this run deployed to: with CI=true the run takes them down at its end.</summary>
    public HashSet<string> DeployedEnvironments { get; } = new(StringComparer.Ordinal);

    /// <summary>The run's last deployment, for the stages after it.</summary>
    public DeploymentResult? Deployment => Deployments.Count > 0 ? Deployments[^1] : null;

    /// <summary>The clock the timing gate reads; tests give it a fake.</summary>
    public TimeProvider Time { get; }

    /// <summary>When the host process started: the timing gate counts wall time from here.</summary>
    public DateTimeOffset StartedAt { get; } = Process.GetCurrentProcess().StartTime.ToUniversalTime();

    public TimeSpan Elapsed => Time.GetUtcNow() - StartedAt;

    /// <summary>
    /// The wait before the host started, from QTE_LAUNCHED_AT_MS (Unix milliseconds, set by build.sh and build.ps1 before
    /// `dotnet run`); null without it, or when it is not a plausible time before the host's start.
    /// </summary>
    public TimeSpan? BeforeHost =>
        long.TryParse(Environment.GetEnvironmentVariable("QTE_LAUNCHED_AT_MS"), out var launched)
        && StartedAt - DateTimeOffset.FromUnixTimeMilliseconds(launched) is { } wait && wait >= TimeSpan.Zero && wait < TimeSpan.FromHours(1)
            ? wait
            : null;

    /// <summary>A word on a task's work for the timing table, by task name (the Test task's cache hits).</summary>
    public Dictionary<string, string> TimingNotes { get; } = new(StringComparer.Ordinal);

    public TaskTimingRecorder Timings { get; } = new();

    /// <summary>Set by the Timing task, so that teardown does not report timing a second time.</summary>
    public bool TimingReported { get; set; }

    /// <summary>The totals of the Test task's run, once it has read the reports.</summary>
    public TestRunSummary? TestResults { get; set; }

    /// <summary>The version computed by the Version task; every later task stamps and reports it.</summary>
    public BuildVersion? Version { get; set; }

    /// <summary>What the Version task read from git.</summary>
    public RepositoryFacts? Repository { get; set; }

    /// <summary>The coverage gate's verdict, once the Coverage task has measured.</summary>
    public CoverageGateResult? Coverage { get; set; }

    /// <summary>The product's measured line and branch coverage, once the Coverage task has measured.</summary>
    public CoverageRate? CoverageProduct { get; set; }
}
