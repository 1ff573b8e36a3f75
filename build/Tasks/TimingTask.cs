using Cake.Core;
using Cake.Frosting;
using Qte.Pipeline.Timing;

namespace Qte.Build.Tasks;

[TaskName("Timing")]
[TaskDescription("Writes artifacts/timing/timing.json and timing.md, warns at 80 % of the time budget and fails the run past it (--time-budget, default 200 s).")]
[IsDependentOn(typeof(Stage4v4Task))]
public sealed class TimingTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var report = TimingReporter.Report(context);
        if (report.Verdict == BudgetVerdict.OverBudget)
        {
            throw new CakeException(report.Message);
        }
    }
}
