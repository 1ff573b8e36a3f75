using Cake.Core;
using Cake.Core.Scripting;

namespace Cake.Frosting.Internal;

/// <summary>
/// Registers the build's tasks with the Cake engine and runs the targets through a Cake.Cli script host:
/// the build host, the dry-run host, the tree host or the description host.
/// </summary>
internal sealed class FrostingEngine(TaskRegistrar registrar, ICakeEngine engine)
{
    /// <param name="host">The script host that runs, lists or describes the tasks.</param>
    /// <param name="targets">The targets asked for.</param>
    /// <param name="exclusive">Whether to run the targets without their dependencies.</param>
    /// <param name="describeAll">Whether the host describes every task, so that the targets do not matter.</param>
    public void Run(IScriptHost host, IReadOnlyList<string> targets, bool exclusive, bool describeAll)
    {
        registrar.Register();
        if (!describeAll)
        {
            EnsureTargetsExist(targets);
        }

        if (exclusive)
        {
            host.Settings.UseExclusiveTarget();
        }

        host.RunTargets(targets);
    }

    // Cake alone says only that the target was not found; naming the tasks there are saves a --tree run.
    private void EnsureTargetsExist(IReadOnlyList<string> targets)
    {
        var known = engine.Tasks.Select(t => t.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = targets.Where(t => !known.Contains(t)).ToList();
        if (unknown.Count == 0)
        {
            return;
        }

        var available = known.Count == 0
            ? "none: no task was found in the build's assemblies"
            : string.Join(", ", known.Order(StringComparer.OrdinalIgnoreCase));
        throw new FrostingException(
            $"--target: the target '{string.Join("', '", unknown)}' was not found. Available tasks: {available}.");
    }
}
