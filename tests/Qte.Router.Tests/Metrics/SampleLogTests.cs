using Qte.Router.Metrics;

namespace Qte.Router.Tests.Metrics;

public sealed class SampleLogTests
{
    [Fact]
    public void Should_Give_The_Samples_After_A_Sequence_Number_Oldest_First()
    {
        var log = new SampleLog(capacity: 10);
        for (var i = 1; i <= 5; i++)
        {
            log.Add(1_000 + i, i, i == 3 ? 500 : 200);
        }

        var samples = log.After(2, 100);

        Assert.Equal([3L, 4L, 5L], samples.Select(s => s.Seq));
        Assert.Equal(500, samples[0].Status);
        Assert.Equal(5, log.Last);
        Assert.Equal([4L], log.After(3, 1).Select(s => s.Seq));
    }

    [Fact]
    public void Should_Skip_Overwritten_Samples_And_Give_None_Past_The_Last()
    {
        var log = new SampleLog(capacity: 4);
        for (var i = 1; i <= 10; i++)
        {
            log.Add(i, i, 200);
        }

        Assert.Equal([7L, 8L, 9L, 10L], log.After(0, 100).Select(s => s.Seq));
        Assert.Empty(log.After(10, 100));
        Assert.Empty(log.After(long.MaxValue, 100));
    }
}
