using Qte.Experiments.Analysis;

namespace Qte.Delivery.Canary;

/// <summary>
/// The Mann-Whitney U test, as Kayenta's judge uses it for latency: do the canary's samples tend to be larger than
/// the stable's? Ranks with ties averaged, the normal approximation with tie and continuity corrections, one-sided.
/// It compares whole distributions, so a few slow outliers do not make a difference significant on their own.
/// </summary>
public static class MannWhitneyU
{
    /// <returns>U of the canary, the z score and the one-sided p-value of "canary larger than stable".</returns>
    public static MannWhitneyResult Test(IReadOnlyList<double> canary, IReadOnlyList<double> stable)
    {
        ArgumentNullException.ThrowIfNull(canary);
        ArgumentNullException.ThrowIfNull(stable);
        if (canary.Count == 0 || stable.Count == 0)
        {
            throw new ArgumentException("Both sides need at least one sample.");
        }

        var all = canary.Select(v => (Value: v, Canary: true)).Concat(stable.Select(v => (Value: v, Canary: false))).OrderBy(s => s.Value).ToArray();
        double canaryRanks = 0;
        double ties = 0;
        for (var start = 0; start < all.Length;)
        {
            var end = start;
            while (end + 1 < all.Length && all[end + 1].Value == all[start].Value)
            {
                end++;
            }

            var rank = (start + end + 2) / 2.0;
            var count = end - start + 1;
            ties += Math.Pow(count, 3) - count;
            for (var i = start; i <= end; i++)
            {
                canaryRanks += all[i].Canary ? rank : 0;
            }

            start = end + 1;
        }

        double n1 = canary.Count, n2 = stable.Count, n = n1 + n2;
        var u = canaryRanks - (n1 * (n1 + 1) / 2);
        var mean = n1 * n2 / 2;
        var variance = n1 * n2 / 12 * (n + 1 - (ties / (n * (n - 1))));
        if (variance <= 0)
        {
            return new MannWhitneyResult(u, 0, 1);
        }

        var z = (u - mean - 0.5) / Math.Sqrt(variance);
        return new MannWhitneyResult(u, z, Distributions.NormalSurvival(z));
    }
}
