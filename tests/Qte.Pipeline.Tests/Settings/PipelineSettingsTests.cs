using Qte.Pipeline.Settings;

namespace Qte.Pipeline.Tests.Settings;

public sealed class PipelineSettingsTests
{
    private static PipelineSettings Read(params (string Option, string Value)[] commandLine)
    {
        var file = SettingsFile.Load("/nonexistent/build.json", PipelineSettings.FileDisplayPath, PipelineSettings.FileKeys);
        return PipelineSettings.Read(new LayeredSettings(
            option => commandLine.Where(c => c.Option == option).Select(c => c.Value).FirstOrDefault(),
            _ => null,
            file));
    }

    [Fact]
    public void Should_Default_To_A_200_Second_Budget_And_Release()
    {
        var settings = Read();

        Assert.Equal(TimeSpan.FromSeconds(200), settings.TimeBudget.Limit);
        Assert.Equal("Release", settings.Configuration);
    }

    [Theory]
    [InlineData("debug", "Debug")]
    [InlineData("RELEASE", "Release")]
    public void Should_Accept_A_Configuration_In_Any_Case(string raw, string expected) =>
        Assert.Equal(expected, Read(("configuration", raw)).Configuration);

    [Fact]
    public void Should_Name_The_Option_If_The_Configuration_Is_Unknown()
    {
        var exception = Assert.Throws<SettingsException>(() => Read(("configuration", "Fast")));

        Assert.Equal("--configuration: 'Fast' is not a build configuration. Allowed: Release, Debug.", exception.Message);
    }

    [Fact]
    public void Should_Name_The_Option_If_The_Time_Budget_Is_Bad()
    {
        var exception = Assert.Throws<SettingsException>(() => Read(("time-budget", "abc")));

        Assert.StartsWith("--time-budget: 'abc' is not a number of seconds.", exception.Message);
    }
}
