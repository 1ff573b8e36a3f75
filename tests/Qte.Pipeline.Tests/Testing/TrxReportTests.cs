using Qte.Pipeline.Testing;

namespace Qte.Pipeline.Tests.Testing;

public sealed class TrxReportTests
{
    // The shape dotnet test's trx logger writes (VSTest 18), cut down to what the reader uses.
    private const string TwoPassedOneFailedOneSkipped = """
        <?xml version="1.0" encoding="utf-8"?>
        <TestRun id="1" name="run" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
          <TestDefinitions>
            <UnitTest name="Sample.Tests.Adds" storage="/repo/tests/sample.tests/bin/release/net10.0/sample.tests.dll" id="1">
              <TestMethod codeBase="/repo/tests/Sample.Tests/bin/Release/net10.0/Sample.Tests.dll" className="Sample.Tests" name="Adds" />
            </UnitTest>
          </TestDefinitions>
          <Results>
            <UnitTestResult testName="Sample.Tests.Adds" outcome="Passed" />
            <UnitTestResult testName="Sample.Tests.Subtracts" outcome="Passed" />
            <UnitTestResult testName="Sample.Tests.Divides" outcome="Failed">
              <Output>
                <ErrorInfo>
                  <Message>Assert.Equal() Failure: Values differ
        Expected: 2
        Actual:   3</Message>
                  <StackTrace>at Sample.Tests.Divides() in /repo/tests/Sample/DivideTests.cs:line 42
        at System.Reflection.Invoke()</StackTrace>
                </ErrorInfo>
              </Output>
            </UnitTestResult>
            <UnitTestResult testName="Sample.Tests.Later" outcome="NotExecuted" />
          </Results>
          <ResultSummary outcome="Failed">
            <Counters total="4" executed="3" passed="2" failed="1" />
          </ResultSummary>
        </TestRun>
        """;

    public sealed class TheReadMethod
    {
        [Fact]
        public void Should_Have_No_Assembly_When_No_Test_Ran()
        {
            using var directory = new TemporaryDirectory();
            var path = directory.Write("Empty.trx", """<TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010" />""");

            var report = TrxReport.Read(path);

            Assert.Null(report.TestAssembly);
            Assert.Equal(0, report.Summary.Total);
        }

        [Fact]
        public void Should_Count_Outcomes_And_Keep_The_First_Line_And_Location_Of_Each_Failure()
        {
            using var directory = new TemporaryDirectory();
            var path = directory.Write("Sample.trx", TwoPassedOneFailedOneSkipped);

            var report = TrxReport.Read(path);

            Assert.Equal("Sample.Tests", report.TestAssembly);
            var summary = report.Summary;
            Assert.Equal((2, 1, 1, 4), (summary.Passed, summary.Failed, summary.Skipped, summary.Total));
            var failure = Assert.Single(summary.Failures);
            Assert.Equal(
                new TestFailure("Sample.Tests.Divides", "Assert.Equal() Failure: Values differ", "/repo/tests/Sample/DivideTests.cs", 42),
                failure);
        }

        [Fact]
        public void Should_Keep_The_Run_Error_Of_A_Crashed_Test_Host_And_None_Where_Tests_Only_Failed()
        {
            using var directory = new TemporaryDirectory();
            var crashed = directory.Write("Crashed.trx", TwoPassedOneFailedOneSkipped.Replace(
                "<Counters total=\"4\" executed=\"3\" passed=\"2\" failed=\"1\" />",
                "<Counters total=\"4\" executed=\"3\" passed=\"2\" failed=\"1\" /><RunInfos><RunInfo computerName=\"ci\" outcome=\"Error\" timestamp=\"2026-12-01T00:00:00\"><Text>The active test run was aborted. Reason: Test host process crashed : Fatal error.\nat Crash()</Text></RunInfo></RunInfos>",
                StringComparison.Ordinal));
            // A failed test's console output comes as a RunInfo of outcome Error as well (xunit's [FAIL] line).
            var failed = directory.Write("Failed.trx", TwoPassedOneFailedOneSkipped.Replace(
                "<Counters total=\"4\" executed=\"3\" passed=\"2\" failed=\"1\" />",
                "<Counters total=\"4\" executed=\"3\" passed=\"2\" failed=\"1\" /><RunInfos><RunInfo computerName=\"ci\" outcome=\"Error\" timestamp=\"2026-12-01T00:00:00\"><Text>[xUnit.net 00:00:02.31]     Sample.Tests.Divides [FAIL]</Text></RunInfo></RunInfos>",
                StringComparison.Ordinal));

            Assert.Equal("The active test run was aborted. Reason: Test host process crashed : Fatal error.", TrxReport.Read(crashed).RunError);
            Assert.Null(TrxReport.Read(failed).RunError);
        }

        [Fact]
        public void Should_Throw_Naming_The_File_If_It_Is_Not_Xml()
        {
            using var directory = new TemporaryDirectory();
            var path = directory.Write("Broken.trx", "<TestRun");

            var exception = Assert.Throws<InvalidDataException>(() => TrxReport.Read(path));

            Assert.StartsWith($"The test report '{path}' is not well-formed XML", exception.Message);
        }

        [Fact]
        public void Should_Throw_Naming_The_File_If_It_Is_Not_A_Trx_File()
        {
            using var directory = new TemporaryDirectory();
            var path = directory.Write("Junit.xml", "<testsuites />");

            var exception = Assert.Throws<InvalidDataException>(() => TrxReport.Read(path));

            Assert.Equal($"The test report '{path}' is not a TRX file: its root element is not TestRun.", exception.Message);
        }
    }
}
