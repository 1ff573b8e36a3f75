using Cake.Core;
using Cake.Frosting.Compat.Tests.Fixtures;

// Test tasks are internal so that only the tests that name them register them; the one public task
// lives in Discovery/ for the discovery tests.
namespace Cake.Frosting.Compat.Tests.Tasks;

internal sealed class First(RunLog log) : FrostingTask
{
    public override void Run(ICakeContext context) => log.Add(nameof(First));
}

[IsDependentOn(typeof(First))]
internal sealed class Second(RunLog log) : FrostingTask
{
    public override void Run(ICakeContext context) => log.Add(nameof(Second));
}

[TaskName("Third-Task")]
[TaskDescription("The third task, named by attribute.")]
[IsDependentOn(typeof(Second))]
internal sealed class Third(RunLog log) : FrostingTask
{
    public override void Run(ICakeContext context) => log.Add("Third-Task");
}

[IsDependeeOf(typeof(First))]
internal sealed class BeforeFirst(RunLog log) : FrostingTask
{
    public override void Run(ICakeContext context) => log.Add(nameof(BeforeFirst));
}

// As with the official package: a task gives its skip message by naming IFrostingTask again.
internal sealed class Skipped(RunLog log) : FrostingTask, IFrostingTask
{
    public string SkippedMessage => "skipped because the test said so";

    public override bool ShouldRun(ICakeContext context) => false;

    public override void Run(ICakeContext context) => log.Add(nameof(Skipped));
}

[IsDependentOn(typeof(Skipped))]
internal sealed class AfterSkipped(RunLog log) : FrostingTask
{
    public override void Run(ICakeContext context) => log.Add(nameof(AfterSkipped));
}

internal sealed class Throws : FrostingTask
{
    public override void Run(ICakeContext context) => throw new InvalidOperationException("the task broke");
}

// In Cake an error handler handles the error: the run goes on as if the task had succeeded.
internal sealed class ThrowsIntoHandler(RunLog log) : FrostingTask
{
    public override void Run(ICakeContext context) => throw new InvalidOperationException("the task broke");

    public override void OnError(Exception exception, ICakeContext context) => log.Add($"OnError: {exception.Message}");

    public override void Finally(ICakeContext context) => log.Add("Finally");
}

[ContinueOnError]
internal sealed class ThrowsButContinues(RunLog log) : FrostingTask
{
    public override void Run(ICakeContext context)
    {
        log.Add(nameof(ThrowsButContinues));
        throw new InvalidOperationException("ignored failure");
    }
}

[IsDependentOn(typeof(ThrowsButContinues))]
internal sealed class AfterContinue(RunLog log) : FrostingTask
{
    public override void Run(ICakeContext context) => log.Add(nameof(AfterContinue));
}

internal sealed class Async(RunLog log) : AsyncFrostingTask
{
    public override async Task RunAsync(ICakeContext context)
    {
        await Task.Yield();
        log.Add(nameof(Async));
    }
}

internal sealed class ReadsArgument(RunLog log) : FrostingTask
{
    public override void Run(ICakeContext context) => log.Add($"flavour={context.Arguments.GetArgument("flavour")}");
}

internal sealed class ReadsWorkingDirectory(RunLog log) : FrostingTask
{
    public override void Run(ICakeContext context) => log.Add(context.Environment.WorkingDirectory.FullPath);
}

internal sealed class ReadsSetting(RunLog log) : FrostingTask
{
    public override void Run(ICakeContext context) => log.Add($"setting={context.Configuration.GetValue("Qte_Flavour")}");
}

[IsDependentOn(typeof(First))]
internal abstract class DependsOnFirst : FrostingTask
{
}

// Its dependency is declared on its abstract base only.
internal sealed class InheritsDependency(RunLog log) : DependsOnFirst
{
    public override void Run(ICakeContext context) => log.Add(nameof(InheritsDependency));
}
