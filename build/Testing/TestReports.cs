using Cake.Common.IO;
using Qte.Pipeline.Testing;

namespace Qte.Build.Testing;

/// <summary>The run's TRX files, renamed after their test assemblies, and each test's outcome added to the history.</summary>
public static class TestReports
{
    // One dotnet test over the solution runs the projects in parallel; the trx logger then names its files by
    // time, so each is renamed after the assembly it tested.
    public static IReadOnlyList<TrxReport> Collect(BuildContext context)
    {
        var results = context.Paths.TestResults;
        var reports = new List<TrxReport>();
        foreach (var trx in context.GetFiles(results.FullPath + "/*.trx"))
        {
            var report = TrxReport.Read(trx.FullPath);
            if (report.TestAssembly is { } assembly && trx.GetFilenameWithoutExtension().FullPath != assembly)
            {
                context.MoveFile(trx, results.CombineWithFilePath($"{assembly}.trx"));
            }

            reports.Add(report);
        }

        return reports;
    }

    /// <summary>
    /// Moves each run project's files out of its own folder (test-results/&lt;project&gt;/: the VSTestResultsDirectory TestRun gives each project):
    /// its TRX to test-results/, its coverage to coverage/raw/&lt;project&gt;.cobertura.xml; returns the projects whose
    /// coverage was found. The JUnit logger writes test-results/&lt;assembly&gt;.junit.xml itself.
    /// </summary>
    public static IReadOnlySet<string> CollectRun(BuildContext context, IEnumerable<string> projects)
    {
        var results = context.Paths.TestResults.FullPath;
        var raw = context.Paths.Coverage.Combine("raw").FullPath;
        Directory.CreateDirectory(raw);
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var project in projects)
        {
            var folder = Path.Combine(results, project);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var trx in Directory.GetFiles(folder, "*.trx"))
            {
                File.Move(trx, Path.Combine(results, $"{project}.{Path.GetFileName(trx)}"), overwrite: true);
            }

            // The collector writes the file twice, in <guid>/ and in the run's deployment folder: the same bytes.
            if (Directory.GetFiles(folder, "coverage.cobertura.xml", SearchOption.AllDirectories).FirstOrDefault() is { } coverage)
            {
                File.Move(coverage, Path.Combine(raw, project + ".cobertura.xml"), overwrite: true);
                found.Add(project);
            }

            Directory.Delete(folder, recursive: true);
        }

        return found;
    }

    /// <summary>Each test's outcome in artifacts/history/tests.jsonl; a restored project's tests are "cached".</summary>
    public static void RecordHistory(BuildContext context, IReadOnlyList<TrxReport> reports, IReadOnlyList<RetriedTest> retried, IReadOnlySet<string> cachedAssemblies)
    {
        var byTest = retried.ToDictionary(r => r.Failure.Test, StringComparer.Ordinal);
        var outcomes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var report in reports)
        {
            // A restored result is not a new pass: the flaky-test history counts it as cached.
            var cached = report.TestAssembly is { } assembly && cachedAssemblies.Contains(assembly);
            foreach (var result in report.Results)
            {
                outcomes[result.Test] = cached ? TestHistory.Cached : TestHistory.OutcomeOf(result.Outcome, byTest.GetValueOrDefault(result.Test));
            }
        }

        var run = context.Environment.GetEnvironmentVariable("GITHUB_RUN_ID") is { Length: > 0 } ci
            ? $"github-{ci}"
            : $"local-{context.Time.GetUtcNow():yyyyMMddTHHmmssZ}";
        TestHistory.Append(context.Paths.History.FullPath, run, context.Time.GetUtcNow(), outcomes);
    }
}
