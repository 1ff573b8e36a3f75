using Qte.Pipeline.Testing;

namespace Qte.Pipeline.Tests.Testing;

public sealed class FlakyTestDetectorTests
{
    private static (TestFailure, string) Failed(string name) => (new TestFailure(name, "boom", FullyQualifiedName: $"Ns.Tests.{name}"), "Ns.Tests");

    [Fact]
    public void Should_Mark_A_Test_That_Passes_On_A_Retry_As_Flaky_And_Stop_Retrying_It()
    {
        var runs = new Dictionary<string, int>();

        // Fails the first time it runs again, passes the second: a counter stands in for the shared state.
        var retried = FlakyTestDetector.Retry([Failed("Flaky")], 3, (failure, _, _) => (runs[failure.Test] = runs.GetValueOrDefault(failure.Test) + 1) >= 2);

        var flaky = Assert.Single(retried);
        Assert.True(flaky.IsFlaky);
        Assert.Equal(2, flaky.PassedOnRetry);
        Assert.Equal(2, runs["Flaky"]);
        Assert.Equal("Flaky: failed, then passed on retry 2 of 3 (flaky)", flaky.ToString());
    }

    [Fact]
    public void Should_Keep_A_Test_That_Fails_Every_Retry_As_Failed()
    {
        var attempts = new List<int>();

        var retried = FlakyTestDetector.Retry([Failed("Broken")], 2, (_, assembly, retry) =>
        {
            Assert.Equal("Ns.Tests", assembly);
            attempts.Add(retry);
            return false;
        });

        Assert.False(Assert.Single(retried).IsFlaky);
        Assert.Equal([1, 2], attempts);
    }

    [Fact]
    public void Should_Not_Retry_With_No_Retries_Or_Without_A_Name_To_Run_It_By()
    {
        var retried = FlakyTestDetector.Retry(
            [Failed("A"), (new TestFailure("B", "boom"), "Ns.Tests")],
            2,
            (failure, _, _) => failure.Test == "A" ? true : throw new InvalidOperationException("B has no name to run by"));

        Assert.True(retried[0].IsFlaky);
        Assert.False(retried[1].IsFlaky);
        Assert.DoesNotContain(FlakyTestDetector.Retry([Failed("C")], 0, (_, _, _) => throw new InvalidOperationException("no retries")), r => r.IsFlaky);
    }

    [Theory]
    [InlineData("Ns.Tests.Adds", "FullyQualifiedName=Ns.Tests.Adds")]
    [InlineData("Ns.Outer+Inner.Odd(x)=1&!", @"FullyQualifiedName=Ns.Outer+Inner.Odd\(x\)\=1\&\!")]
    public void Should_Filter_On_The_Name_With_Special_Characters_Escaped(string name, string expected) =>
        Assert.Equal(expected, FlakyTestDetector.FilterFor(name));
}
