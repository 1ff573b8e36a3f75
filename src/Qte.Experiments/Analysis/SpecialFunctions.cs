namespace Qte.Experiments.Analysis;

/// <summary>
/// The log-gamma function and the regularized incomplete gamma and beta functions, the ground the normal, Student t
/// and chi-square distributions stand on (Lanczos; series and Lentz continued fractions as in Numerical Recipes).
/// </summary>
internal static class SpecialFunctions
{
    private const double Epsilon = 1e-16;
    private const double Tiny = 1e-300;
    private const int MaxIterations = 100_000;

    private static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];

    public static double LogGamma(double x)
    {
        if (x < 0.5)
        {
            return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * x))) - LogGamma(1 - x);
        }

        x -= 1;
        var sum = Lanczos[0];
        for (var i = 1; i < Lanczos.Length; i++)
        {
            sum += Lanczos[i] / (x + i);
        }

        var t = x + 7.5;
        return (0.5 * Math.Log(2 * Math.PI)) + ((x + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }

    /// <summary>Q(a, x) = Γ(a, x) / Γ(a), the upper regularized incomplete gamma function.</summary>
    public static double GammaQ(double a, double x)
    {
        if (x <= 0)
        {
            return 1;
        }

        return x < a + 1 ? 1 - GammaSeries(a, x) : GammaContinuedFraction(a, x);
    }

    /// <summary>I_x(a, b), the regularized incomplete beta function.</summary>
    public static double RegularizedBeta(double a, double b, double x)
    {
        if (x <= 0)
        {
            return 0;
        }

        if (x >= 1)
        {
            return 1;
        }

        var front = Math.Exp(LogGamma(a + b) - LogGamma(a) - LogGamma(b) + (a * Math.Log(x)) + (b * Math.Log(1 - x)));
        return x < (a + 1) / (a + b + 2)
            ? front * BetaContinuedFraction(a, b, x) / a
            : 1 - (front * BetaContinuedFraction(b, a, 1 - x) / b);
    }

    private static double GammaSeries(double a, double x)
    {
        var term = 1 / a;
        var sum = term;
        for (var n = 1; n < MaxIterations; n++)
        {
            term *= x / (a + n);
            sum += term;
            if (Math.Abs(term) < Math.Abs(sum) * Epsilon)
            {
                break;
            }
        }

        return sum * Math.Exp(-x + (a * Math.Log(x)) - LogGamma(a));
    }

    private static double GammaContinuedFraction(double a, double x)
    {
        var b = x + 1 - a;
        var c = 1 / Tiny;
        var d = 1 / b;
        var h = d;
        for (var i = 1; i < MaxIterations; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = Floor((an * d) + b);
            c = Floor(b + (an / c));
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon)
            {
                break;
            }
        }

        return Math.Exp(-x + (a * Math.Log(x)) - LogGamma(a)) * h;
    }

    private static double BetaContinuedFraction(double a, double b, double x)
    {
        var c = 1.0;
        var d = 1 / Floor(1 - ((a + b) * x / (a + 1)));
        var h = d;
        for (var m = 1; m < MaxIterations; m++)
        {
            var m2 = 2 * m;
            var even = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 / Floor(1 + (even * d));
            c = Floor(1 + (even / c));
            h *= d * c;
            var odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 / Floor(1 + (odd * d));
            c = Floor(1 + (odd / c));
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon)
            {
                break;
            }
        }

        return h;
    }

    private static double Floor(double value) => Math.Abs(value) < Tiny ? Tiny : value;
}
