using Qte.Delivery.LoadTesting;

namespace Qte.Delivery.Tests.LoadTesting;

public sealed class LatencyHistogramTests
{
    // Exact percentile by nearest rank, the definition HdrHistogram approximates.
    private static double Exact(double[] sorted, double percentile) =>
        sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];

    [Theory]
    [InlineData(50)]
    [InlineData(90)]
    [InlineData(95)]
    [InlineData(99)]
    [InlineData(99.9)]
    [InlineData(100)]
    public void Should_Give_Percentiles_Within_A_Tenth_Of_A_Percent_Of_The_Exact_Ones(double percentile)
    {
        // A long-tailed sample as latencies are: log-normal around 2 ms, seeded, in whole microseconds.
        var random = new Random(42);
        var latenciesMs = Enumerable.Range(0, 50_000)
            .Select(_ => Math.Round(Math.Exp(Math.Log(2) + (0.8 * Gaussian(random))) * 1000) / 1000)
            .ToArray();
        var histogram = new LatencyHistogram();
        foreach (var latency in latenciesMs)
        {
            histogram.Record(TimeSpan.FromMilliseconds(latency));
        }

        Array.Sort(latenciesMs);
        var exact = Exact(latenciesMs, percentile);
        Assert.InRange(histogram.PercentileMs(percentile), exact * 0.999, exact * 1.001 + 0.001);
    }

    [Fact]
    public void Should_Give_Known_Figures_For_One_To_A_Thousand_Milliseconds()
    {
        var histogram = new LatencyHistogram();
        for (var ms = 1; ms <= 1000; ms++)
        {
            histogram.Record(TimeSpan.FromMilliseconds(ms));
        }

        Assert.Equal(1000, histogram.Count);
        Assert.InRange(histogram.PercentileMs(50), 500, 500.5);
        Assert.InRange(histogram.PercentileMs(99), 990, 990.5);
        Assert.InRange(histogram.MaxMs, 1000, 1000.5);
        Assert.InRange(histogram.MinMs, 0.999, 1.001);
        Assert.InRange(histogram.MeanMs, 500.3, 500.7);
        Assert.Equal(1000, histogram.Buckets().Sum(b => b.Count));
    }

    [Fact]
    public void Should_Report_Zero_When_Empty()
    {
        var histogram = new LatencyHistogram();

        Assert.Equal(0, histogram.PercentileMs(99));
        Assert.Empty(histogram.Buckets());
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
