using Qte.Build.Testing;
using Qte.Pipeline.Testing;

namespace Qte.Build.Tests.Testing;

public sealed class TestRunCacheTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("qte-test-cache-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void A_clean_run_is_stored()
    {
        Assert.Null(TestRunCache.WhyNotStored("App.Tests", Report("Passed"), [], missingFile: null));
    }

    [Fact]
    public void A_run_whose_failed_test_passed_on_retry_is_never_stored()
    {
        var flaky = new RetriedTest(new TestFailure("App.Tests.Flips", "boom"), "App.Tests", Retries: 2, PassedOnRetry: 1);

        var why = TestRunCache.WhyNotStored("App.Tests", Report("Failed"), [flaky], missingFile: null);

        Assert.Equal("a test failed (a pass on retry is never stored)", why);
    }

    [Fact]
    public void A_run_with_a_retried_test_of_its_assembly_is_not_stored_even_if_its_report_says_passed()
    {
        var flaky = new RetriedTest(new TestFailure("App.Tests.Flips", "boom"), "App.Tests", Retries: 2, PassedOnRetry: 1);

        Assert.NotNull(TestRunCache.WhyNotStored("App.Tests", Report("Passed"), [flaky], missingFile: null));
        Assert.Null(TestRunCache.WhyNotStored("Other.Tests", Report("Passed"), [flaky], missingFile: null));
    }

    [Fact]
    public void A_run_without_its_coverage_or_report_is_not_stored()
    {
        Assert.Equal("coverage/raw/App.Tests.cobertura.xml is missing", TestRunCache.WhyNotStored("App.Tests", Report("Passed"), [], "coverage/raw/App.Tests.cobertura.xml"));
        Assert.Equal("it left no TRX report", TestRunCache.WhyNotStored("App.Tests", null, [], null));
    }

    private TrxReport Report(string outcome)
    {
        var path = Path.Combine(_folder.FullName, Guid.NewGuid().ToString("N") + ".trx");
        File.WriteAllText(path, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <TestRun id="1" name="run" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
              <TestDefinitions>
                <UnitTest name="App.Tests.Flips" storage="/r/app.tests.dll" id="1">
                  <TestMethod codeBase="/r/App.Tests.dll" className="App.Tests" name="Flips" />
                </UnitTest>
              </TestDefinitions>
              <Results>
                <UnitTestResult testId="1" testName="App.Tests.Flips" outcome="{outcome}" />
              </Results>
            </TestRun>
            """);
        return TrxReport.Read(path);
    }
}
