using Qte.Experiments.Analysis;
using Qte.Experiments.Definitions;
using Qte.Experiments.Events;

namespace Qte.Experiments.Tests.Analysis;

public sealed class ExperimentAnalyzerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 3, 0, 0, 0, TimeSpan.Zero);
    private static readonly AnalysisSettings Settings = new() { MinSamplePerArm = 100 };

    [Fact]
    public void Should_Ship_A_Variant_That_Converts_Better_And_Keep_Running_One_That_Does_Not()
    {
        var analysis = ExperimentAnalyzer.Analyze(Experiments.CheckoutFlow(), [
            Arm("control", 2000, 200, 3.0),
            Arm("variant_a", 1000, 180, 3.0),
            Arm("variant_b", 1000, 101, 3.0),
        ], Settings, Now);

        Assert.True(analysis.Trustworthy);
        Assert.Equal(Decision.Ship, DecisionOf("variant_a"));
        Assert.Equal(Decision.KeepRunning, DecisionOf("variant_b"));
        var a = analysis.Results.Single(r => r.Variant == "variant_a" && r.Metric == ExperimentMetrics.ConversionRate);
        Assert.True(a.Significant);
        Assert.True(a.AdjustedPValue >= a.Comparison!.PValue);

        Decision DecisionOf(string variant) => analysis.Decisions.Single(d => d.Variant == variant).Decision;
    }

    [Fact]
    public void Should_Not_Ship_A_Variant_That_Is_Worse()
    {
        var analysis = ExperimentAnalyzer.Analyze(Experiments.CheckoutFlow(), [
            Arm("control", 2000, 300, 3.0),
            Arm("variant_a", 1000, 90, 3.0),
            Arm("variant_b", 1000, 150, 3.0),
        ], Settings, Now);

        Assert.Equal(Decision.DontShip, analysis.Decisions.Single(d => d.Variant == "variant_a").Decision);
    }

    [Fact]
    public void Should_Mark_A_Sample_Ratio_Mismatch_Untrustworthy_And_Decide_Nothing()
    {
        var analysis = ExperimentAnalyzer.Analyze(Experiments.CheckoutFlow(), [
            Arm("control", 2000, 200, 3.0),
            Arm("variant_a", 1300, 260, 3.0),
            Arm("variant_b", 700, 70, 3.0),
        ], Settings, Now);

        Assert.False(analysis.Trustworthy);
        Assert.All(analysis.Decisions, d => Assert.Equal(Decision.KeepRunning, d.Decision));
        Assert.Contains("sample ratio mismatch", analysis.Decisions[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Say_Not_Enough_Data_Below_The_Minimum_Sample()
    {
        var analysis = ExperimentAnalyzer.Analyze(Experiments.CheckoutFlow(), [
            Arm("control", 100, 10, 3.0),
            Arm("variant_a", 50, 25, 3.0),
            Arm("variant_b", 50, 5, 3.0),
        ], Settings, Now);

        Assert.All(analysis.Results, r => Assert.Null(r.Comparison));
        Assert.All(analysis.Decisions, d => Assert.StartsWith("not enough data", d.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Not_Ship_Without_A_Difference_Once_The_Planned_Duration_Is_Over()
    {
        var analysis = ExperimentAnalyzer.Analyze(Experiments.CheckoutFlow(duration: TimeSpan.FromDays(1)), [
            Arm("control", 2000, 200, 3.0),
            Arm("variant_a", 1000, 100, 3.0),
            Arm("variant_b", 1000, 100, 3.0),
        ], Settings, Now);

        Assert.All(analysis.Decisions, d => Assert.Equal(Decision.DontShip, d.Decision));
    }

    [Fact]
    public void Should_Write_The_Analysis_As_Json_And_Markdown()
    {
        var analysis = ExperimentAnalyzer.Analyze(Experiments.CheckoutFlow(), [
            Arm("control", 2000, 200, 3.0),
            Arm("variant_a", 1000, 180, 3.0),
            Arm("variant_b", 1000, 101, 3.0),
        ], Settings, Now);

        var json = AnalysisReport.ToJson(analysis);
        var markdown = AnalysisReport.ToMarkdown(analysis);

        Assert.Contains("\"decision\": \"ship\"", json, StringComparison.Ordinal);
        Assert.Contains("| variant_a | **ship** |", markdown, StringComparison.Ordinal);
        Assert.Contains("No sample ratio mismatch", markdown, StringComparison.Ordinal);
    }

    // Every user made `requests` requests but one in ten made one more, so engagement has some variance.
    private static ArmTotals Arm(string variant, long users, long conversions, double requests)
    {
        var extra = users / 10;
        var sum = (users * requests) + extra;
        var squares = ((users - extra) * requests * requests) + (extra * (requests + 1) * (requests + 1));
        return new ArmTotals(variant, users, conversions, sum, squares);
    }
}
