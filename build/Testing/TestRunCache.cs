using System.Globalization;
using Cake.Core.Diagnostics;
using Qte.Build.Caching;
using Qte.Pipeline.Caching;
using Qte.Pipeline.Testing;

namespace Qte.Build.Testing;

/// <summary>
/// The Test task's reuse of earlier runs: each test project's TRX, JUnit XML and Cobertura files are stored under its
/// content key (<see cref="TestRunKeys"/>) and restored into artifacts/ when the key comes again. Only a clean run is
/// stored: every test passed or was skipped, no run error, and its coverage found; a project that needed a retry is
/// never stored, so a flaky pass is never reused.
/// </summary>
public sealed class TestRunCache(BuildContext context)
{
    public const string Kind = "tests";

    /// <summary>What each project's run will be: restored from the cache, or run (and why).</summary>
    public IReadOnlyList<TestProjectPlan> Plan(IReadOnlyList<string> projects, IEnumerable<string> runArguments)
    {
        var environment = context.Environment.GetEnvironmentVariables().ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var shared = TestRunKeys.Shared(context.Paths.Root.FullPath, runArguments, environment);
        var keys = projects.AsParallel().AsOrdered()
            .Select(p => (Project: p, Key: TestRunKeys.ForProject(shared, Path.GetDirectoryName(Path.Combine(context.Paths.Root.FullPath, p))!, context.Settings.Configuration)))
            .ToList();
        var plans = new List<TestProjectPlan>();
        foreach (var (project, key) in keys)
        {
            var name = Path.GetFileNameWithoutExtension(project);
            var hit = RunCache.TryReuse(context, Kind, name, key);
            plans.Add(new TestProjectPlan(project, name, key, hit, hit is null ? WhyRun(name, key) : null));
        }

        return plans;
    }

    /// <summary>Stores each run project whose run was clean; the others are named in the log.</summary>
    public void Save(IEnumerable<TestProjectPlan> ran, IReadOnlyList<TrxReport> reports, IReadOnlyList<RetriedTest> retried)
    {
        var artifacts = context.Paths.Artifacts.FullPath;
        foreach (var plan in ran)
        {
            var report = reports.FirstOrDefault(r => r.TestAssembly == plan.Name);
            var files = TestProjectFiles.Of(plan.Name);
            var why = WhyNotStored(plan.Name, report, retried, files.FirstOrDefault(f => !File.Exists(Path.Combine(artifacts, f))));
            if (why is not null)
            {
                context.Log.Verbose("  {0}: not stored in the cache: {1}.", plan.Name, why);
                continue;
            }

            RunCache.Store(context, Kind, plan.Name, plan.Key, files, new Dictionary<string, string> { ["totals"] = report!.Summary.TotalsLine });
        }
    }

    /// <summary>Why a run project's results are not stored, or null when they may be: only a clean run is reused.</summary>
    public static string? WhyNotStored(string name, TrxReport? report, IReadOnlyList<RetriedTest> retried, string? missingFile) =>
        report is null ? "it left no TRX report"
        : report.RunError is not null ? "its run ended in an error"
        : report.Summary.Failed > 0 || retried.Any(r => r.TestAssembly == name) ? "a test failed (a pass on retry is never stored)"
        : missingFile is not null ? $"{missingFile} is missing"
        : null;

    private string WhyRun(string name, ContentKey key)
    {
        if (!RunCache.MayRead(context))
        {
            return "--no-cache";
        }

        if (RunCache.Open(context).Latest(Kind, name) is not { } earlier)
        {
            return "no earlier run stored";
        }

        return "changed: " + string.Join(", ", ContentKey.Changed(earlier.Inputs, key.Inputs, limit: 3));
    }

    /// <summary>When and by which run a restored entry was stored, for the log.</summary>
    public static string Describe(CacheEntry entry) =>
        string.Create(CultureInfo.InvariantCulture, $"cached, from run {entry.Run} at {entry.Created:yyyy-MM-dd HH:mm:ss}Z");
}

/// <summary>One test project's part of the Test task: restored from the cache (<see cref="Hit"/>) or run, and why.</summary>
public sealed record TestProjectPlan(string Project, string Name, ContentKey Key, CacheEntry? Hit, string? WhyRun)
{
    public bool Cached => Hit is not null;
}

/// <summary>Where a test project's results live under artifacts/, by its assembly name.</summary>
public static class TestProjectFiles
{
    public static string Trx(string name) => $"test-results/{name}.trx";

    public static string JUnit(string name) => $"test-results/{name}.junit.xml";

    public static string Coverage(string name) => $"coverage/raw/{name}.cobertura.xml";

    public static IReadOnlyList<string> Of(string name) => [Trx(name), JUnit(name), Coverage(name)];
}
