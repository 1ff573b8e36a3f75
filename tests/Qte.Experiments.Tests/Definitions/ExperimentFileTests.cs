using System.Text.Json;
using Qte.Experiments.Definitions;

namespace Qte.Experiments.Tests.Definitions;

public sealed class ExperimentFileTests
{
    private const string Valid = """
        {
          "key": "checkout-flow",
          "seed": "checkout-flow-1",
          "start": "2026-11-01T00:00:00Z",
          "ab_testing_enabled": true,
          "test_groups": ["control", "variant_a", "variant_b"],
          "traffic_split": { "control": 50, "variant_a": 25, "variant_b": 25 },
          "test_duration": 604800,
          "success_metrics": ["conversion_rate", "user_engagement"]
        }
        """;

    [Fact]
    public void Should_Read_Every_Field_Of_A_Valid_File()
    {
        var experiment = ExperimentFile.Parse(Valid, "experiments/checkout-flow.json");

        Assert.Equal("checkout-flow", experiment.Key);
        Assert.Equal("checkout-flow-1", experiment.Seed);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), experiment.Start);
        Assert.True(experiment.Enabled);
        Assert.Equal(["control", "variant_a", "variant_b"], experiment.Groups);
        Assert.Equal([0.5, 0.25, 0.25], experiment.Weights);
        Assert.Equal(TimeSpan.FromDays(7), experiment.Duration);
        Assert.Equal(["conversion_rate", "user_engagement"], experiment.Metrics);
        Assert.Equal("control", experiment.Control);
    }

    [Fact]
    public void Should_Take_The_Key_As_Seed_When_None_Is_Given()
    {
        var experiment = ExperimentFile.Parse(Valid.Replace("\"seed\": \"checkout-flow-1\",", string.Empty, StringComparison.Ordinal), "checkout-flow.json");

        Assert.Equal("checkout-flow", experiment.Seed);
    }

    [Theory]
    [InlineData("\"variant_b\"]", "\"variant_a\"]", "test_groups names 'variant_a' twice")]
    [InlineData("\"variant_b\": 25 }", "\"variant_b\": 20 }", "traffic_split sums to 95")]
    [InlineData(", \"variant_b\": 25 }", " }", "traffic_split.variant_b is missing")]
    [InlineData("\"variant_b\": 25 }", "\"variant_b\": 25, \"variant_c\": 0 }", "traffic_split.variant_c is not a group of test_groups")]
    [InlineData("\"user_engagement\"]", "\"revenue\"]", "success_metrics holds \"revenue\", not a known metric")]
    [InlineData("604800", "0", "test_duration is 0")]
    [InlineData("\"ab_testing_enabled\": true", "\"ab_testing_enabled\": \"yes\"", "ab_testing_enabled is \"yes\"")]
    [InlineData("\"key\": \"checkout-flow\"", "\"key\": \"other\"", "key 'other' does not match the file name 'checkout-flow.json'")]
    [InlineData("\"test_duration\"", "\"duration\"", "duration is not a known key")]
    public void Should_Name_The_File_And_Key_Of_An_Invalid_Value(string valid, string invalid, string problem)
    {
        var text = Valid.Replace(valid, invalid, StringComparison.Ordinal);

        var error = Assert.Throws<ExperimentDefinitionException>(() => ExperimentFile.Parse(text, "build/config/experiments/checkout-flow.json"));

        Assert.StartsWith("build/config/experiments/checkout-flow.json: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Contains("Allowed: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Say_A_File_Is_Not_Json()
    {
        var error = Assert.Throws<ExperimentDefinitionException>(() => ExperimentFile.Parse("{ nope", "x.json"));

        Assert.StartsWith("x.json: is not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Write_The_Seeds_Shape_Back()
    {
        var experiment = ExperimentFile.Parse(Valid, "checkout-flow.json");

        using var seed = JsonDocument.Parse(ExperimentFile.ToSeedJson(experiment));

        var root = seed.RootElement;
        Assert.Equal(["ab_testing_enabled", "test_groups", "traffic_split", "test_duration", "success_metrics"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(25, root.GetProperty("traffic_split").GetProperty("variant_a").GetDouble());
        Assert.Equal(604800, root.GetProperty("test_duration").GetInt64());
    }

    [Fact]
    public void Should_Give_Different_Revisions_To_Different_Texts()
    {
        var first = ExperimentFile.Parse(Valid, "checkout-flow.json");
        var second = ExperimentFile.Parse(Valid.Replace("604800", "86400", StringComparison.Ordinal), "checkout-flow.json");

        Assert.NotEqual(first.Revision, second.Revision);
    }
}
