using Cake.Core;
using Cake.Core.Diagnostics;
using Qte.Pipeline.Coverage;
using Qte.Pipeline.Quality;

namespace Qte.Build.Testing;

/// <summary>
/// What a missed coverage gate does to the run: nothing when the gate is off, a warning when only some test projects
/// ran (--affected-only) or the gate is in warn mode, else a failure with both numbers and the least-covered classes.
/// </summary>
public static class CoverageGating
{
    public static void Enforce(BuildContext context, CoverageGateResult result)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        var gate = context.Quality.Coverage;
        if (result.Passed || !gate.Switch.Enabled)
        {
            return;
        }

        if (context.Ci.TestsRanSubset)
        {
            context.Log.Warning("Coverage not gated: --affected-only ran only some test projects. {0}", result.Message);
        }
        else if (gate.Switch.Mode == GateMode.Warn)
        {
            context.Log.Warning("{0} (coverage gate in warn mode)", result.FullMessage);
        }
        else
        {
            throw new CakeException(result.FullMessage);
        }
    }
}
