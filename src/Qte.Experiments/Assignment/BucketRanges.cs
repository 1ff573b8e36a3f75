namespace Qte.Experiments.Assignment;

/// <summary>
/// GrowthBook's bucket ranges: each variation owns [start, start + coverage × weight) of [0, 1), laid out by the
/// cumulative weights, so changing coverage never moves a user from one variation to another.
/// </summary>
public static class BucketRanges
{
    public static IReadOnlyList<(double Start, double End)> Get(int variations, double coverage, IReadOnlyList<double>? weights)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(variations, 1);
        coverage = Math.Clamp(coverage, 0, 1);
        if (weights is null || weights.Count != variations || Math.Abs(weights.Sum() - 1) > 0.01)
        {
            weights = [.. Enumerable.Repeat(1.0 / variations, variations)];
        }

        var cumulative = 0.0;
        var ranges = new List<(double, double)>(variations);
        foreach (var weight in weights)
        {
            var start = cumulative;
            cumulative += weight;
            ranges.Add((start, start + (coverage * weight)));
        }

        return ranges;
    }

    /// <returns>The index of the range that holds <paramref name="bucket"/>, or -1 when none does.</returns>
    public static int Choose(double bucket, IReadOnlyList<(double Start, double End)> ranges)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        for (var i = 0; i < ranges.Count; i++)
        {
            if (bucket >= ranges[i].Start && bucket < ranges[i].End)
            {
                return i;
            }
        }

        return -1;
    }
}
