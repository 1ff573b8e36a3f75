using Cake.Core;
using Qte.Experiments.Definitions;

namespace Qte.Build.Delivery;

/// <summary>The experiments a stage 4-v3 run works on: build/config/experiments/*.json, checked before any task ran.</summary>
public static class ExperimentSelection
{
    /// <summary>Every experiment file, or only --experiment=KEY's (a key with no file fails the run naming it).</summary>
    public static List<(string File, ExperimentDefinition Experiment)> Of(BuildContext context)
    {
        var experiments = ConfigCheck.Experiments(context);
        if (context.Delivery.Experiment is not { } key)
        {
            return [.. experiments];
        }

        List<(string File, ExperimentDefinition Experiment)> chosen = [.. experiments.Where(e => Path.GetFileNameWithoutExtension(e.File) == key)];
        return chosen.Count > 0 ? chosen : throw new CakeException($"--experiment: '{key}' has no build/config/experiments/{key}.json.");
    }
}
