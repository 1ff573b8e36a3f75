using Cake.Core;
using Cake.Frosting.Compat.Tests.Fixtures;

namespace Cake.Frosting.Compat.Tests.Tasks;

internal sealed class RecordingLifetime(RunLog log) : FrostingLifetime
{
    public override void Setup(ICakeContext context, ISetupContext info) => log.Add("Setup");

    public override void Teardown(ICakeContext context, ITeardownContext info) =>
        log.Add($"Teardown successful={info.Successful}");
}

internal sealed class RecordingTaskLifetime(RunLog log) : FrostingTaskLifetime
{
    public override void Setup(ICakeContext context, ITaskSetupContext info) => log.Add($"TaskSetup {info.Task.Name}");

    public override void Teardown(ICakeContext context, ITaskTeardownContext info) => log.Add($"TaskTeardown {info.Task.Name}");
}

internal sealed class RecordingSetup(RunLog log) : FrostingSetup
{
    public override void Setup(ICakeContext context, ISetupContext info) => log.Add("Setup");
}

internal sealed class RecordingTeardown(RunLog log) : FrostingTeardown
{
    public override void Teardown(ICakeContext context, ITeardownContext info) =>
        log.Add($"Teardown successful={info.Successful}");
}

internal sealed class RecordingTaskSetup(RunLog log) : FrostingTaskSetup
{
    public override void Setup(ICakeContext context, ITaskSetupContext info) => log.Add($"TaskSetup {info.Task.Name}");
}

internal sealed class RecordingTaskTeardown(RunLog log) : FrostingTaskTeardown
{
    public override void Teardown(ICakeContext context, ITaskTeardownContext info) => log.Add($"TaskTeardown {info.Task.Name}");
}
