using Qte.Pipeline.Timing;

namespace Qte.Pipeline.Tests.Timing;

public sealed class TaskTimingRecorderTests
{
    [Fact]
    public void Should_Pair_Each_Finish_With_Its_Start()
    {
        var recorder = new TaskTimingRecorder();

        recorder.Started("Build", TimeSpan.FromSeconds(3));
        recorder.Started("Clean", TimeSpan.FromSeconds(1));
        recorder.Finished("Clean", TimeSpan.FromSeconds(2), TaskOutcome.Succeeded);
        recorder.Finished("build", TimeSpan.FromSeconds(4), TaskOutcome.Failed);

        Assert.Equal(
            [
                new TaskTiming("Clean", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TaskOutcome.Succeeded),
                new TaskTiming("build", TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(4), TaskOutcome.Failed),
            ],
            recorder.Snapshot());
    }
}
