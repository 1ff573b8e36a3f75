using Qte.Experiments.Definitions;

namespace Qte.Experiments.Assignment;

/// <summary>
/// Which group a user sees: the hash of the experiment's seed and the user id, placed by the cumulative split. The same
/// user always gets the same group for the same seed and split; a stopped or not yet started experiment serves control.
/// </summary>
public static class VariantAssigner
{
    public static string Assign(ExperimentDefinition experiment, string userId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(userId);
        return experiment.IsRunning(now) ? Group(experiment, userId) : experiment.Control;
    }

    /// <summary>The group the split gives the user, whether or not the experiment runs (the synthetic check uses it).</summary>
    public static string Group(ExperimentDefinition experiment, string userId)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        var bucket = BucketHash.Hash(experiment.Seed, userId)!.Value;
        var index = BucketRanges.Choose(bucket, experiment.Ranges);
        return index < 0 ? experiment.Control : experiment.Groups[index];
    }
}
