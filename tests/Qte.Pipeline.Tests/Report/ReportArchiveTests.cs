using Qte.Pipeline.History;
using Qte.Pipeline.Report;
using static Qte.Pipeline.Tests.History.RunHistoryTests;

namespace Qte.Pipeline.Tests.Report;

public sealed class ReportArchiveTests
{
    [Fact]
    public void Should_Keep_Each_Runs_Page_And_Make_The_Latest_Page_Index_Them_All()
    {
        using var directory = new TemporaryDirectory();
        var (archive, latest) = (new ReportArchive(Path.Combine(directory.Path, "history", "reports")), Path.Combine(directory.Path, "report"));
        var page = ReportFixtures.EveryStagePage();
        var status = Run("status-run", 3, target: "Status", tasks: ("Status", 2));

        archive.Publish(page, page.History, latest, keep: 50);
        var (latestPage, keptPage) = archive.Publish(new ReportPage(status, null, [.. page.History, page.Run]), [.. page.History, page.Run], latest, keep: 50);

        var html = File.ReadAllText(latestPage);
        Assert.Contains("<h1>QTE Build: Status, succeeded</h1>", html);
        Assert.Equal(Path.Combine(archive.Directory, "status-run", "index.html"), keptPage);
        Assert.Contains("href=\"../history/reports/second/index.html\"", html);
        Assert.Contains("href=\"../history/reports/status-run/index.html\"", html);

        // The Default run's kept page is intact: every section, and a link back to the latest page.
        var defaultPage = File.ReadAllText(archive.PagePath("second"));
        Assert.Equal(PipelineReport.Html(page with { LatestPageHref = "../../../report/index.html" }), defaultPage);
        Assert.True(File.Exists(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(archive.PagePath("second"))!, "../../../report/index.html"))));
    }

    [Fact]
    public void Should_Keep_Only_The_Newest_Pages()
    {
        using var directory = new TemporaryDirectory();
        var archive = new ReportArchive(Path.Combine(directory.Path, "reports"));
        var runs = new List<RunRecord>();
        for (var i = 1; i <= 5; i++)
        {
            var run = Run($"run-{i}", i, tasks: ("Build", 1));
            archive.Publish(new ReportPage(run, null, [.. runs]), [.. runs], Path.Combine(directory.Path, "latest"), keep: 3);
            File.SetLastWriteTimeUtc(archive.PagePath(run.RunId), DateTime.UnixEpoch.AddMinutes(i));
            runs.Add(run);
        }

        Assert.Equal(["run-3", "run-4", "run-5"], Directory.GetDirectories(archive.Directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var index = archive.Index(runs, Path.Combine(directory.Path, "latest"));
        Assert.Equal(["run-5", "run-4", "run-3"], index.Select(e => e.Run.RunId));
        Assert.Equal("../reports/run-5/index.html", index[0].Href);
    }

    [Fact]
    public void Should_Name_Folders_Only_With_Safe_Characters()
    {
        using var directory = new TemporaryDirectory();
        var archive = new ReportArchive(directory.Path);

        Assert.Equal(Path.Combine(directory.Path, "_", "index.html"), archive.PagePath(".."));
        Assert.Equal(Path.Combine(directory.Path, "a_b_c", "index.html"), archive.PagePath("a/b c"));
    }

    [Fact]
    public void Should_Refuse_To_Keep_No_Page()
    {
        using var directory = new TemporaryDirectory();

        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportArchive(directory.Path).Prune(0));
    }
}
