using Cake.Common.IO;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Frosting;
using Qte.Build.Testing;
using Qte.Pipeline.Coverage;

namespace Qte.Build.Tasks;

[TaskName("Coverage")]
[TaskDescription("Merges the test run's coverage with ReportGenerator (or restores the same merge from artifacts/cache/) into artifacts/coverage/ (Cobertura, HTML, Markdown, JSON, badges) and holds src/ to the thresholds of build/config/quality.json.")]
[IsDependentOn(typeof(TestTask))]
public sealed class CoverageTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var coverage = context.Paths.Coverage;
        var reports = context.GetFiles(coverage.FullPath + "/raw/*.cobertura.xml");
        if (reports.Count == 0)
        {
            throw new CakeException($"Coverage: the test run left no coverage report in {coverage.FullPath}/raw; was the coverlet collector referenced by the test projects?");
        }

        CoverageMerge.Run(context, [.. reports]);

        var summary = CoverageSummary.Create(context.Paths.Root.FullPath, CoberturaReport.Read(coverage.CombineWithFilePath("Cobertura.xml").FullPath));
        var gate = context.Quality.Coverage;
        var thresholds = gate.Thresholds;
        var result = CoverageGate.Evaluate(summary, thresholds);
        var delta = CoverageHistory.DescribeDelta(summary.Product, CoverageHistory.ReadPrevious(context.Paths.History.FullPath));
        CoverageFiles.Write(coverage.FullPath, summary, thresholds, result, delta);
        CoverageHistory.Write(context.Paths.History.FullPath, summary.Product, context.Time.GetUtcNow());
        context.Ci.Coverage = result;
        context.Ci.CoverageProduct = summary.Product;

        foreach (var (scope, rate) in summary.Scopes.Where(s => s.Key != CoverageScope.Product && s.Value.LinesValid > 0))
        {
            context.Log.Information("  {0} (not gated): lines {1:0.0} %, branches {2:0.0} %", scope, rate.LinePercent, rate.BranchPercent);
        }

        context.Log.Information("{0} Delta: {1}.", result.Message, delta);
        context.Log.Information("Report: {0}", coverage.CombineWithFilePath("index.html").FullPath);
        CoverageGating.Enforce(context, result);
    }
}
