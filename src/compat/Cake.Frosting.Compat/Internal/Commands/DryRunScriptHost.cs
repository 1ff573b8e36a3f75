using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.Scripting;

namespace Cake.Frosting.Internal.Commands;

/// <summary>The script host of --dryrun: the plan through <see cref="DryRunExecutionStrategy"/>.</summary>
internal sealed class DryRunScriptHost(ICakeEngine engine, IFrostingContext context, ICakeLog log) : ScriptHost(engine, context)
{
    public override Task<CakeReport> RunTargetAsync(string target) => RunTargetsAsync([target]);

    public override async Task<CakeReport> RunTargetsAsync(IEnumerable<string> targets)
    {
        var names = targets.ToList();
        log.Information("Performing dry run...");
        log.Information("Targets are: {0}", string.Join(", ", names));
        log.Information(string.Empty);
        var report = await Engine.RunTargetAsync(Context, new DryRunExecutionStrategy(log), new ExecutionSettings().SetTargets(names));
        log.Information(string.Empty);
        log.Information("This was a dry run.");
        log.Information("No tasks were actually executed.");
        return report;
    }
}
