using System.Xml.Linq;
using Newtonsoft.Json.Linq;

namespace Qte.Build.Tests.EndToEnd;

/// <summary>
/// Stage 1A run for real (restore, build, test) on a scratch repository. Slow: left out of stage 1A's
/// own test run by its trait, run by `dotnet test` and CI.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class Stage1AEndToEndTests : IDisposable
{
    private readonly ScratchRepository _repository = new();

    public void Dispose() => _repository.Dispose();

    [Fact]
    public async Task Should_Fail_On_A_Failing_Test_Tell_A_Flaky_One_And_Still_Write_Reports_That_Parse()
    {
        var (exitCode, output) = await _repository.RunBuildAsync("--target=Stage1A");

        Assert.True(exitCode != 0, output);
        Assert.Contains("Tests: 2 passed, 2 failed, 1 skipped", output);
        Assert.Contains("Retried 2 failed test(s) alone up to 2 time(s): 1 flaky, 1 failed every retry.", output);
        Assert.Contains("Sample.Tests.SampleTests.FailsFirstTime: failed, then passed on retry 1 of 2 (flaky)", output);
        Assert.Contains("Sample.Tests.SampleTests.Divides: failed in the run and on all 2 retries", output);
        Assert.Contains("Sample.Tests.SampleTests.Divides: Assert.Equal() Failure: Values differ", output);
        var history = JObject.Parse(File.ReadAllLines(_repository.Artifact("history/tests.jsonl")).Single());
        Assert.Equal(("flaky", "failed", "passed"), ((string?)history["outcomes"]!["Sample.Tests.SampleTests.FailsFirstTime"], (string?)history["outcomes"]!["Sample.Tests.SampleTests.Divides"], (string?)history["outcomes"]!["Sample.Tests.SampleTests.Adds"]));

        XNamespace trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
        var counters = XDocument.Load(_repository.Artifact("test-results/Sample.Tests.trx")).Descendants(trx + "Counters").Single();
        Assert.Equal(("4", "2", "2"), ((string)counters.Attribute("executed")!, (string)counters.Attribute("passed")!, (string)counters.Attribute("failed")!));

        var junit = XDocument.Load(_repository.Artifact("test-results/Sample.Tests.junit.xml"));
        var cases = junit.Descendants("testcase").ToList();
        Assert.Equal(5, cases.Count);
        Assert.Equal(2, cases.Count(c => c.Element("failure") is not null));
        Assert.DoesNotContain(cases, c => ((string?)c.Attribute("name"))?.Contains("SlowAndBroken") == true);

        var timing = JObject.Parse(File.ReadAllText(_repository.Artifact("timing/timing.json")));
        Assert.Contains("Test", ((JArray)timing["tasks"]!).Select(t => (string)t["task"]!));
        var manifest = JObject.Parse(File.ReadAllText(_repository.Artifact("manifest.json")));
        Assert.Contains("test-results/Sample.Tests.trx", ((JArray)manifest["files"]!).Select(f => (string)f["path"]!));

        // A run with a failed test, even one that passed on a retry, is never stored: the next run runs it again.
        var (againExitCode, again) = await _repository.RunBuildAsync("--target=Stage1A");
        Assert.True(againExitCode != 0, again);
        Assert.Contains("Sample.Tests: runs (no earlier run stored)", again);
        Assert.Contains("0 of 1 test projects cached", again);
    }
}
