using Qte.Delivery.Monitoring;

namespace Qte.Delivery.Tests.Monitoring;

public sealed class ThresholdExpressionTests
{
    [Theory]
    [InlineData("p(95)<200", "p(95)", "<", 200)]
    [InlineData(" p(99.9) <= 350.5 ", "p(99.9)", "<=", 350.5)]
    [InlineData("avg<100", "avg", "<", 100)]
    [InlineData("max>=1", "max", ">=", 1)]
    public void Should_Read_K6_Latency_Thresholds(string text, string stat, string op, double value)
    {
        Assert.True(ThresholdExpression.TryParse(text, ThresholdMetrics.ResponseTime, out var expression));

        Assert.Equal((stat, op, value), (expression.Stat, expression.Operator, expression.Value));
    }

    [Theory]
    [InlineData("rate<0.01", "<", 0.01)]
    [InlineData("rate<=0.05", "<=", 0.05)]
    public void Should_Read_K6_Rate_Thresholds_For_The_Error_Rate(string text, string op, double value)
    {
        Assert.True(ThresholdExpression.TryParse(text, ThresholdMetrics.ErrorRate, out var expression));

        Assert.Equal(("rate", op, value), (expression.Stat, expression.Operator, expression.Value));
    }

    [Theory]
    [InlineData("p(95)<0.01", "error_rate")]
    [InlineData("rate<200", "response_time")]
    [InlineData("p(0)<200", "response_time")]
    [InlineData("p(101)<200", "response_time")]
    [InlineData("p95<200", "response_time")]
    [InlineData("p(95)=200", "response_time")]
    [InlineData("med<90", "cpu_usage")]
    public void Should_Refuse_A_Statistic_The_Metric_Has_Not_Or_A_Malformed_One(string text, string metric)
    {
        Assert.False(ThresholdExpression.TryParse(text, ThresholdMetrics.All.Single(m => m.Key == metric), out _));
    }

    [Fact]
    public void Should_Read_The_Seeds_Numbers_As_The_Metrics_Default_Statistic()
    {
        Assert.Equal("p(95)<200", ThresholdMetrics.ResponseTime.FromNumber(200).Text);
        Assert.Equal("rate>=1000", ThresholdMetrics.Throughput.FromNumber(1000).Text);
        Assert.Equal("rate<0.01", ThresholdMetrics.ErrorRate.FromNumber(1).Text);
        Assert.Equal("avg<80", ThresholdMetrics.CpuUsage.FromNumber(80).Text);
        Assert.Equal("max<85", ThresholdMetrics.MemoryUsage.FromNumber(85).Text);
    }

    [Theory]
    [InlineData("<", 199.9, true)]
    [InlineData("<", 200, false)]
    [InlineData("<=", 200, true)]
    [InlineData(">", 200, false)]
    [InlineData(">=", 200, true)]
    public void Should_Hold_Or_Not_By_Its_Comparison(string op, double measured, bool holds)
    {
        Assert.Equal(holds, new ThresholdExpression("avg", op, 200, $"avg{op}200").Holds(measured));
    }
}
