namespace Qte.Experiments.Analysis;

/// <summary>
/// Holm's step-down adjustment: the i-th smallest of m p-values is multiplied by (m − i + 1), kept monotone and capped
/// at 1, so that the chance of any false positive across all variants and metrics stays at alpha.
/// </summary>
public static class HolmBonferroni
{
    public static IReadOnlyList<double> Adjust(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        var order = Enumerable.Range(0, pValues.Count).OrderBy(i => pValues[i]).ToArray();
        var adjusted = new double[pValues.Count];
        var running = 0.0;
        for (var rank = 0; rank < order.Length; rank++)
        {
            running = Math.Max(running, Math.Min(1, (order.Length - rank) * pValues[order[rank]]));
            adjusted[order[rank]] = running;
        }

        return adjusted;
    }
}
