using Newtonsoft.Json.Linq;
using Qte.Pipeline.History;

namespace Qte.Pipeline.Tests.History;

public sealed class RunHistoryTests
{
    internal static RunRecord Run(string id, double total, string result = "succeeded", string target = "Default", params (string Task, double Seconds)[] tasks) => new()
    {
        RunId = id,
        Started = DateTimeOffset.UnixEpoch,
        Target = target,
        Result = result,
        TotalSeconds = total,
        BudgetSeconds = 200,
        Tasks = [.. tasks.Select((t, i) => new TaskRecord(t.Task, i, t.Seconds, "Succeeded"))],
        Results = new JObject { ["tests"] = new JObject { ["passed"] = 3 } },
    };

    [Fact]
    public void Should_Read_Back_What_Was_Appended_Oldest_First()
    {
        using var directory = new TemporaryDirectory();

        RunHistory.Append(directory.Path, Run("a", 100, tasks: ("Build", 30)));
        RunHistory.Append(directory.Path, Run("b", 90, "failed"));
        var runs = RunHistory.Read(directory.Path, _ => Assert.Fail("no warning expected"));

        Assert.Equal(["a", "b"], runs.Select(r => r.RunId));
        Assert.Equal(30, runs[0].Tasks.Single().Seconds);
        Assert.Equal(3, (int)runs[0].Results.SelectToken("tests.passed")!);
        Assert.False(runs[1].Succeeded);
    }

    [Fact]
    public void Should_Skip_A_Corrupt_Or_Partly_Written_Line_With_A_Warning()
    {
        using var directory = new TemporaryDirectory();
        RunHistory.Append(directory.Path, Run("a", 100));
        File.AppendAllText(Path.Combine(directory.Path, RunHistory.FileName), "{\"runId\": \"b\", \"tot\n{}\n");
        RunHistory.Append(directory.Path, Run("c", 100));
        var warnings = new List<string>();

        var runs = RunHistory.Read(directory.Path, warnings.Add);

        Assert.Equal(["a", "c"], runs.Select(r => r.RunId));
        Assert.Equal(2, warnings.Count);
        Assert.Contains("runs.jsonl line 2: not a run record", warnings[0]);
        Assert.Contains("runs.jsonl line 3: not a run record", warnings[1]);
    }

    [Fact]
    public void Should_Read_No_Runs_Where_There_Is_No_History()
    {
        using var directory = new TemporaryDirectory();

        Assert.Empty(RunHistory.Read(Path.Combine(directory.Path, "none"), _ => { }));
    }
}
