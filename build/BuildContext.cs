using Cake.Core;
using Cake.Core.IO;
using Cake.Frosting;
using Qte.Build.Delivery;
using Qte.Build.Quality;
using Qte.Build.Reporting;
using Qte.Pipeline.Coverage;
using Qte.Pipeline.Quality;
using Qte.Pipeline.Settings;
using Qte.Pipeline.Versioning;

namespace Qte.Build;

/// <summary>
/// One run: its settings, read and validated before any task runs, its clock, and what the tasks report, in three
/// groups: the run itself (<see cref="Run"/>), what the CI stages made of the code (<see cref="Ci"/>), and what the
/// delivery stages shipped (<see cref="Delivered"/>).
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
        Delivery = DeliveryOptions.Read(context);
        Docker = Qte.Build.Docker.DockerOptions.Read(context);
        QualityOptions = QualityOptions.Read(context);
        History = HistoryOptions.Read(context);
        CacheOptions = Qte.Build.Caching.CacheOptions.Read(context);
        ConfigCheck.All(this);
        Run = new RunState(
            context.Environment.GetEnvironmentVariable("GITHUB_RUN_ID") is { Length: > 0 } ciRun
                ? $"gh-{ciRun}-{context.Environment.GetEnvironmentVariable("GITHUB_RUN_ATTEMPT") ?? "1"}"
                : $"local-{StartedAt:yyyyMMdd'T'HHmmss'Z'}-{System.Environment.ProcessId}",
            Settings.TimeBudget);
    }

    public BuildPaths Paths { get; }

    public PipelineSettings Settings { get; }

    public QualitySettings Quality { get; }

    public DeliveryOptions Delivery { get; }

    /// <summary>--deploy-target, --docker-base-image, --docker-registry.</summary>
    public Qte.Build.Docker.DockerOptions Docker { get; }

    public QualityOptions QualityOptions { get; }

    public HistoryOptions History { get; }

    /// <summary>--no-cache.</summary>
    public Qte.Build.Caching.CacheOptions CacheOptions { get; }

    /// <summary>Where runs.jsonl lives: --history-dir, else artifacts/history/ (kept by Clean).</summary>
    public DirectoryPath HistoryDirectory => History.Directory is { } directory ? Paths.Root.Combine(directory) : Paths.History;

    /// <summary>The run: its id, target, budget, plan, timings and errors.</summary>
    public RunState Run { get; }

    /// <summary>What the CI stages made of the code: version, tests, coverage, quality.</summary>
    public CiState Ci { get; } = new();

    /// <summary>What the delivery stages shipped: the release, its images, deployments and experiments.</summary>
    public DeliveredState Delivered { get; } = new();

    /// <summary>The clock the timing gate reads; tests give it a fake.</summary>
    public TimeProvider Time { get; }

    /// <summary>When the host started (<see cref="HostStart"/>): the timing gate counts wall time from here.</summary>
    public DateTimeOffset StartedAt { get; } = HostStart.Time;

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
}
