using Qte.Delivery.Alerting;

namespace Qte.Delivery.Tests.Alerting;

/// <summary>Escalation over successive runs, on a fake clock: each run is a moment and an outcome.</summary>
public sealed class EscalationTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    private static readonly AlertingSettings Stepped = new()
    {
        Channels = ["email", "slack"],
        Policy = EscalationPolicy.Stepped,
        EscalateAfterBreaches = 3,
        EscalateAfter = TimeSpan.FromMinutes(15),
    };

    private static List<IReadOnlyList<string>> Runs(AlertingSettings settings, params (double Minutes, bool Breached)[] runs)
    {
        var state = new AlertState();
        var reached = new List<IReadOnlyList<string>>();
        foreach (var (minutes, breached) in runs)
        {
            (state, var channels) = Escalation.Next(state, breached, Start.AddMinutes(minutes), settings);
            reached.Add(channels);
        }

        return reached;
    }

    [Fact]
    public void Should_Reach_Every_Channel_At_Once_When_Immediate()
    {
        var reached = Runs(Stepped with { Policy = EscalationPolicy.Immediate }, (0, true), (1, false));

        Assert.Equal(["email", "slack"], reached[0]);
        Assert.Empty(reached[1]);
    }

    [Fact]
    public void Should_Add_The_Next_Channel_After_N_Consecutive_Breaches()
    {
        var reached = Runs(Stepped, (0, true), (1, true), (2, true), (3, true));

        Assert.Equal(["email"], reached[0]);
        Assert.Equal(["email"], reached[1]);
        Assert.Equal(["email", "slack"], reached[2]);
        Assert.Equal(["email", "slack"], reached[3]);
    }

    [Fact]
    public void Should_Add_The_Next_Channel_After_M_Minutes_Of_Breaching()
    {
        var reached = Runs(Stepped, (0, true), (14.9, true), (15, true));

        Assert.Equal(["email"], reached[1]);
        Assert.Equal(["email", "slack"], reached[2]);
    }

    [Fact]
    public void Should_Start_Again_After_A_Passing_Run()
    {
        var reached = Runs(Stepped, (0, true), (1, true), (2, false), (20, true), (21, true));

        Assert.Empty(reached[2]);
        Assert.Equal(["email"], reached[3]);
        Assert.Equal(["email"], reached[4]);
    }
}
