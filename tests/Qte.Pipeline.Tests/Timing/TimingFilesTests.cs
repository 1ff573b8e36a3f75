using Newtonsoft.Json.Linq;
using Qte.Pipeline.Timing;

namespace Qte.Pipeline.Tests.Timing;

public sealed class TimingFilesTests
{
    private static readonly TimingReport Report = TimingReport.Create(
        [
            new TaskTiming("Clean", TimeSpan.Zero, TimeSpan.FromSeconds(2), TaskOutcome.Succeeded),
            new TaskTiming("Test", TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(50), TaskOutcome.Failed),
        ],
        TimeSpan.FromSeconds(100),
        new TimeBudget(TimeSpan.FromSeconds(200)));

    public sealed class TheWriteMethod
    {
        [Fact]
        public void Should_Write_Json_With_The_Verdict_And_Every_Task()
        {
            using var directory = new TemporaryDirectory();

            TimingFiles.Write(Report, Path.Combine(directory.Path, "timing"));

            var json = JObject.Parse(File.ReadAllText(Path.Combine(directory.Path, "timing", "timing.json")));
            Assert.Equal(100.0, (double)json["wallTimeSeconds"]!);
            Assert.Equal(200.0, (double)json["budgetSeconds"]!);
            Assert.Equal("WithinBudget", (string)json["verdict"]!);
            var tasks = (JArray)json["tasks"]!;
            Assert.Equal(["Clean", "Test"], tasks.Select(t => (string)t["task"]!));
            Assert.Equal(0.25, (double)tasks[1]["budgetShare"]!);
            Assert.Equal("Failed", (string)tasks[1]["outcome"]!);
        }

        [Fact]
        public void Should_Write_A_Markdown_Table_With_A_Row_Per_Task_And_The_Total()
        {
            using var directory = new TemporaryDirectory();

            TimingFiles.Write(Report, directory.Path);

            var lines = File.ReadAllLines(Path.Combine(directory.Path, "timing.md"));
            Assert.Contains("| Clean | 2.0 | 1 % | Succeeded |", lines);
            Assert.Contains("| Test | 50.0 | 25 % | Failed |", lines);
            Assert.Contains("| **Wall time** | **100.0** | **50 %** | WithinBudget |", lines);
        }
    }
}
