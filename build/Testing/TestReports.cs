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
    /// Moves each run assembly's coverage file to coverage/raw/&lt;assembly&gt;.cobertura.xml, found through its TRX's
    /// deployment folder, and removes the collectors' folders; returns the assemblies whose coverage was found. A file
    /// that cannot be told apart (two runs sharing a folder) is kept under its collector folder's name: it is still
    /// merged, and its assembly's results are not cached.
    /// </summary>
    public static IReadOnlySet<string> CollectCoverage(BuildContext context, IReadOnlyList<TrxReport> ran)
    {
        var results = context.Paths.TestResults.FullPath;
        var raw = context.Paths.Coverage.Combine("raw").FullPath;
        Directory.CreateDirectory(raw);
        var found = new HashSet<string>(StringComparer.Ordinal);
        var shared = ran.GroupBy(r => r.DeploymentRoot).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        foreach (var report in ran.Where(r => r.TestAssembly is not null && r.DeploymentRoot is not null && !shared.Contains(r.DeploymentRoot)))
        {
            var folder = Path.Combine(results, report.DeploymentRoot!, "In");
            var coverage = Directory.Exists(folder) ? Directory.GetFiles(folder, "coverage.cobertura.xml", SearchOption.AllDirectories) : [];
            if (coverage.Length == 1)
            {
                File.Copy(coverage[0], Path.Combine(raw, report.TestAssembly + ".cobertura.xml"), overwrite: true);
                found.Add(report.TestAssembly!);
            }
        }

        // The collector writes each file twice: in the run's deployment folder and in test-results/<guid>/. Those not
        // matched above keep their folder's name; then both kinds of folder go.
        var matched = found.Select(a => File.ReadAllBytes(Path.Combine(raw, a + ".cobertura.xml"))).ToList();
        foreach (var folder in Directory.GetDirectories(results).Where(d => Path.GetFileName(d) != "retries"))
        {
            var copy = Path.Combine(folder, "coverage.cobertura.xml");
            if (Guid.TryParse(Path.GetFileName(folder), out _) && File.Exists(copy) && !matched.Any(m => m.AsSpan().SequenceEqual(File.ReadAllBytes(copy))))
            {
                File.Move(copy, Path.Combine(raw, Path.GetFileName(folder) + ".cobertura.xml"), overwrite: true);
            }

            Directory.Delete(folder, recursive: true);
        }

        return found;
    }

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
