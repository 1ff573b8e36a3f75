namespace Qte.Experiments.Analysis;

/// <summary>Tail probabilities and quantiles of the normal, Student t and chi-square distributions.</summary>
public static class Distributions
{
    /// <summary>P(Z &gt; z) for a standard normal Z, accurate far into the tail.</summary>
    public static double NormalSurvival(double z) =>
        z >= 0 ? 0.5 * SpecialFunctions.GammaQ(0.5, z * z / 2) : 1 - NormalSurvival(-z);

    /// <summary>The z with P(Z &lt; z) = p: Acklam's approximation, then one Halley step on the exact tail.</summary>
    public static double NormalQuantile(double p)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(p, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(p, 1);
        double[] a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00];
        double[] b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01];
        double[] c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00];
        double[] d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00];
        const double low = 0.02425;
        double x;
        if (p < low || p > 1 - low)
        {
            var q = Math.Sqrt(-2 * Math.Log(p < low ? p : 1 - p));
            x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
            x = p < low ? x : -x;
        }
        else
        {
            var q = p - 0.5;
            var r = q * q;
            x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
        }

        var e = (1 - NormalSurvival(x)) - p;
        var u = e * Math.Sqrt(2 * Math.PI) * Math.Exp(x * x / 2);
        return x - (u / (1 + (x * u / 2)));
    }

    /// <summary>P(T &gt; t) for Student's t with <paramref name="degreesOfFreedom"/> (need not be whole: Welch's).</summary>
    public static double StudentTSurvival(double t, double degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(degreesOfFreedom, 0);
        var tail = 0.5 * SpecialFunctions.RegularizedBeta(degreesOfFreedom / 2, 0.5, degreesOfFreedom / (degreesOfFreedom + (t * t)));
        return t >= 0 ? tail : 1 - tail;
    }

    /// <summary>The t with P(T &lt; t) = p, found by bisection on the tail (p above one half).</summary>
    public static double StudentTQuantile(double p, double degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(p, 0.5);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(p, 1);
        var target = 1 - p;
        var (low, high) = (0.0, 1.0);
        while (StudentTSurvival(high, degreesOfFreedom) > target)
        {
            (low, high) = (high, high * 2);
        }

        for (var i = 0; i < 200 && high - low > 1e-14 * high; i++)
        {
            var middle = (low + high) / 2;
            if (StudentTSurvival(middle, degreesOfFreedom) > target)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return (low + high) / 2;
    }

    /// <summary>P(X &gt; x) for a chi-square X with <paramref name="degreesOfFreedom"/>.</summary>
    public static double ChiSquareSurvival(double x, double degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(degreesOfFreedom, 0);
        return SpecialFunctions.GammaQ(degreesOfFreedom / 2, x / 2);
    }
}
