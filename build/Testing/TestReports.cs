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

    public static void RecordHistory(BuildContext context, IReadOnlyList<TrxReport> reports, IReadOnlyList<RetriedTest> retried)
    {
        var byTest = retried.ToDictionary(r => r.Failure.Test, StringComparer.Ordinal);
        var outcomes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var result in reports.SelectMany(r => r.Results))
        {
            outcomes[result.Test] = TestHistory.OutcomeOf(result.Outcome, byTest.GetValueOrDefault(result.Test));
        }

        var run = context.Environment.GetEnvironmentVariable("GITHUB_RUN_ID") is { Length: > 0 } ci
            ? $"github-{ci}"
            : $"local-{context.Time.GetUtcNow():yyyyMMddTHHmmssZ}";
        TestHistory.Append(context.Paths.History.FullPath, run, context.Time.GetUtcNow(), outcomes);
    }
}
