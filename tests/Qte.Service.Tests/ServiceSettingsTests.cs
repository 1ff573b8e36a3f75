namespace Qte.Service.Tests;

public sealed class ServiceSettingsTests
{
    [Fact]
    public void Should_Read_Identity_Warm_Up_And_Faults_From_The_Environment()
    {
        var variables = new Dictionary<string, string>
        {
            ["QTE_VERSION"] = "1.4.1-alpha.3+abc1234",
            ["QTE_RELEASE_ID"] = "r1",
            ["QTE_SLOT"] = "blue",
            ["QTE_WARMUP_MS"] = "50",
            ["QTE_FAULT_RATE"] = "0.3",
            ["QTE_EXTRA_LATENCY_MS"] = "20",
            ["QTE_FAIL_READINESS"] = "true",
            ["QTE_STOP_DELAY_MS"] = "650",
        };

        var settings = ServiceSettings.FromEnvironment(name => variables.GetValueOrDefault(name));

        Assert.Equal("1.4.1-alpha.3+abc1234", settings.Version);
        Assert.Equal("blue", settings.Slot);
        Assert.Equal(TimeSpan.FromMilliseconds(50), settings.WarmUp);
        Assert.Equal(0.3, settings.FaultRate);
        Assert.Equal(TimeSpan.FromMilliseconds(20), settings.ExtraLatency);
        Assert.True(settings.FailReadiness);
        Assert.Equal(TimeSpan.FromMilliseconds(650), settings.StopDelay);
    }

    [Fact]
    public void Should_Read_Where_The_Experiments_And_Their_Events_Live_And_Have_None_Without_Them()
    {
        var variables = new Dictionary<string, string> { ["QTE_EXPERIMENTS_DIR"] = "/env/experiments", ["QTE_EVENTS_DB"] = "/env/experiments/events.db" };

        var settings = ServiceSettings.FromEnvironment(name => variables.GetValueOrDefault(name));
        var none = ServiceSettings.FromEnvironment(_ => null);

        Assert.Equal("/env/experiments", settings.ExperimentsDirectory);
        Assert.Equal("/env/experiments/events.db", settings.EventsDatabase);
        Assert.Null(none.ExperimentsDirectory);
        Assert.Null(none.EventsDatabase);
    }

    [Theory]
    [InlineData("QTE_FAULT_RATE", "1.5", "QTE_FAULT_RATE: '1.5' is not allowed. Allowed: a number from 0 to 1.")]
    [InlineData("QTE_EXTRA_LATENCY_MS", "slow", "QTE_EXTRA_LATENCY_MS: 'slow' is not allowed.")]
    [InlineData("QTE_STOP_DELAY_MS", "6000", "QTE_STOP_DELAY_MS: '6000' is not allowed. Allowed: a number from 0 to 5000.")]
    [InlineData("QTE_FAIL_READINESS", "maybe", "QTE_FAIL_READINESS: 'maybe' is not allowed. Allowed: true or false.")]
    public void Should_Refuse_A_Bad_Value_Naming_The_Variable(string name, string value, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => ServiceSettings.FromEnvironment(n => n == name ? value : null));

        Assert.StartsWith(message, error.Message);
    }
}
