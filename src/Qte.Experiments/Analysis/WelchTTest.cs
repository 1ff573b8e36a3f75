namespace Qte.Experiments.Analysis;

/// <summary>
/// Means (engagement): Welch's t-test, which does not assume equal variances, with Welch–Satterthwaite degrees of
/// freedom; the interval of the difference from t, the relative uplift's from the delta method.
/// </summary>
public static class WelchTTest
{
    public const string Name = "Welch's t-test";

    public static Comparison Compare(SampleMoments control, SampleMoments variant, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(control);
        ArgumentNullException.ThrowIfNull(variant);
        ArgumentOutOfRangeException.ThrowIfLessThan(control.Count, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(variant.Count, 2);
        var v0 = control.Variance / control.Count;
        var v1 = variant.Variance / variant.Count;
        var error = Math.Sqrt(v0 + v1);
        var difference = variant.Mean - control.Mean;
        if (error == 0)
        {
            // Both samples constant: the difference is certain, or there is none.
            var certain = new Interval(difference, difference);
            return new Comparison(Name, control.Mean, variant.Mean, difference, certain, Relative(control, variant), null, 0, null, difference == 0 ? 1 : 0);
        }

        var degrees = (v0 + v1) * (v0 + v1) / ((v0 * v0 / (control.Count - 1)) + (v1 * v1 / (variant.Count - 1)));
        var t = difference / error;
        var p = 2 * Distributions.StudentTSurvival(Math.Abs(t), degrees);
        var critical = Distributions.StudentTQuantile(0.5 + (confidence / 2), degrees);
        var absolute = new Interval(difference - (critical * error), difference + (critical * error));

        Interval? relativeInterval = null;
        var relative = Relative(control, variant);
        if (relative is { } r)
        {
            var m0 = control.Mean;
            var relativeError = Math.Sqrt((v1 / (m0 * m0)) + (variant.Mean * variant.Mean * v0 / Math.Pow(m0, 4)));
            var z = Distributions.NormalQuantile(0.5 + (confidence / 2));
            relativeInterval = new Interval(r - (z * relativeError), r + (z * relativeError));
        }

        return new Comparison(Name, control.Mean, variant.Mean, difference, absolute, relative, relativeInterval, t, degrees, Math.Min(1, p));
    }

    private static double? Relative(SampleMoments control, SampleMoments variant) =>
        control.Mean != 0 ? (variant.Mean / control.Mean) - 1 : null;
}
