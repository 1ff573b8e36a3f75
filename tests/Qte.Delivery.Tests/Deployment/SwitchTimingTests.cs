using Qte.Delivery.Deployment;
using Qte.Delivery.LoadTesting;

namespace Qte.Delivery.Tests.Deployment;

public sealed class SwitchTimingTests
{
    [Fact]
    public void The_Last_Old_Slot_Answer_After_The_Switch_Says_How_Late_The_Switch_Took_Hold()
    {
        LoadRecord[] records = [new(9.0, 9.1, 200, "blue"), new(10.2, 10.3, 200, "blue"), new(10.5, 10.6, 200, "green"), new(11.0, 11.1, 200, "green")];

        Assert.Equal(0.2, SwitchTiming.SecondsUntilAllNew(records, 10.0, 50.0, "blue", "green"), 9);
        Assert.Equal(0.0, SwitchTiming.SecondsUntilAllNew(records, 10.4, 50.0, "blue", "green"));
        Assert.True(double.IsNaN(SwitchTiming.SecondsUntilAllNew(records, 20.0, 50.0, "blue", "green")));
    }

    [Fact]
    public void A_Request_Due_Before_The_Next_Switch_But_Answered_After_It_Does_Not_Count()
    {
        // Due at 43.9 s, behind a backlog, sent and answered after the next switch (at 44 s) moved users back to blue.
        LoadRecord[] records = [new(0.5, 0.6, 200, "green"), new(43.9, 44.4, 200, "blue")];

        Assert.Equal(0.0, SwitchTiming.SecondsUntilAllNew(records, 0.0, 44.0, "blue", "green"));
    }
}
