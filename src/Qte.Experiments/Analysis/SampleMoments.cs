namespace Qte.Experiments.Analysis;

/// <summary>A sample's size, mean and unbiased variance (n − 1).</summary>
public sealed record SampleMoments(long Count, double Mean, double Variance)
{
    public static SampleMoments FromSums(long count, double sum, double sumOfSquares)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count == 0)
        {
            return new SampleMoments(0, 0, 0);
        }

        var mean = sum / count;
        var variance = count > 1 ? Math.Max(0, (sumOfSquares - (sum * mean)) / (count - 1)) : 0;
        return new SampleMoments(count, mean, variance);
    }
}
