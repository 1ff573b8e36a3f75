namespace Qte.Pipeline.Report.Charts;

/// <summary>
/// Maps a domain of values onto a range of pixels (a range may run backwards, as a y axis does), widened to round
/// numbers so that its ticks read well.
/// </summary>
internal sealed record LinearScale(double DomainMin, double DomainMax, double RangeMin, double RangeMax, double Step)
{
    private static readonly int[] StepFactors = [1, 2, 5, 10];

    /// <summary>A scale over [min, max] widened outwards to multiples of a 1, 2 or 5 step that gives about four ticks.</summary>
    public static LinearScale Nice(double min, double max, double rangeMin, double rangeMax)
    {
        if (max <= min)
        {
            (min, max) = (min - 1, max + 1);
        }

        var rough = (max - min) / 4;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = StepFactors.Select(f => f * magnitude).First(s => s >= rough);
        return new LinearScale(Math.Floor(min / step) * step, Math.Ceiling(max / step) * step, rangeMin, rangeMax, step);
    }

    public double Map(double value) =>
        RangeMin + ((value - DomainMin) / (DomainMax - DomainMin) * (RangeMax - RangeMin));

    public IEnumerable<double> Ticks()
    {
        for (var tick = DomainMin; tick <= DomainMax + (Step / 1000); tick += Step)
        {
            yield return Math.Round(tick / Step) * Step;
        }
    }
}
