namespace Qte.Experiments.Analysis;

/// <summary>
/// Conversion rates: the two-proportion z-test with the pooled standard error for the p-value, the unpooled one for
/// the interval of the difference, and the delta method for the interval of the relative uplift.
/// </summary>
public static class TwoProportionZTest
{
    public const string Name = "two-proportion z-test";

    public static Comparison Compare(long controlConversions, long controlUsers, long variantConversions, long variantUsers, double confidence = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(controlUsers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(variantUsers, 1);
        double n0 = controlUsers, n1 = variantUsers;
        var p0 = controlConversions / n0;
        var p1 = variantConversions / n1;
        var pooled = (controlConversions + variantConversions) / (n0 + n1);
        var pooledError = Math.Sqrt(pooled * (1 - pooled) * ((1 / n0) + (1 / n1)));
        var difference = p1 - p0;
        var z = pooledError > 0 ? difference / pooledError : 0;
        var p = pooledError > 0 ? 2 * Distributions.NormalSurvival(Math.Abs(z)) : 1;

        var critical = Distributions.NormalQuantile(0.5 + (confidence / 2));
        var v0 = p0 * (1 - p0) / n0;
        var v1 = p1 * (1 - p1) / n1;
        var error = Math.Sqrt(v0 + v1);
        var absolute = new Interval(difference - (critical * error), difference + (critical * error));

        double? relative = null;
        Interval? relativeInterval = null;
        if (p0 > 0)
        {
            relative = (p1 / p0) - 1;
            var relativeError = Math.Sqrt((v1 / (p0 * p0)) + (p1 * p1 * v0 / Math.Pow(p0, 4)));
            relativeInterval = new Interval(relative.Value - (critical * relativeError), relative.Value + (critical * relativeError));
        }

        return new Comparison(Name, p0, p1, difference, absolute, relative, relativeInterval, z, null, Math.Min(1, p));
    }
}
