using Qte.Pipeline.Coverage;

namespace Qte.Pipeline.Tests.Coverage;

public sealed class CoverageHistoryTests
{
    [Fact]
    public void Should_Report_The_Delta_Against_The_Previous_Run()
    {
        using var directory = new TemporaryDirectory();
        CoverageHistory.Write(directory.Path, new CoverageRate(80, 100, 35, 50), DateTimeOffset.UnixEpoch);

        var previous = CoverageHistory.ReadPrevious(directory.Path);

        Assert.Equal((80.0, 70.0), previous);
        Assert.Equal(
            "lines +2.0 pp, branches -4.0 pp since the previous run",
            CoverageHistory.DescribeDelta(new CoverageRate(82, 100, 33, 50), previous));
    }

    [Fact]
    public void Should_Say_So_When_There_Is_No_Previous_Run()
    {
        using var directory = new TemporaryDirectory();

        Assert.Null(CoverageHistory.ReadPrevious(directory.Path));
        Assert.Equal("no previous run in artifacts/history/ to compare with", CoverageHistory.DescribeDelta(CoverageRate.Empty, null));
    }

    [Fact]
    public void Should_Ignore_An_Unreadable_History()
    {
        using var directory = new TemporaryDirectory();
        directory.Write(CoverageHistory.FileName, "{ not json");

        Assert.Null(CoverageHistory.ReadPrevious(directory.Path));
    }
}
