namespace Qte.Pipeline.Testing;

/// <summary>
/// Runs each failed test again alone, up to a number of retries, and stops at the first pass: passing on a retry
/// makes a test flaky, failing every retry makes it a real failure.
/// </summary>
public static class FlakyTestDetector
{
    /// <param name="failures">The failed tests with the assembly that holds them.</param>
    /// <param name="retries">How many times to run each one again (0: no retry, every failure stands).</param>
    /// <param name="runAlone">Runs one test alone; true when it passed. The second argument is the retry's number, from 1.</param>
    public static IReadOnlyList<RetriedTest> Retry(
        IEnumerable<(TestFailure Failure, string TestAssembly)> failures,
        int retries,
        Func<TestFailure, string, int, bool> runAlone)
    {
        ArgumentNullException.ThrowIfNull(failures);
        ArgumentNullException.ThrowIfNull(runAlone);
        ArgumentOutOfRangeException.ThrowIfNegative(retries);
        var outcomes = new List<RetriedTest>();
        foreach (var (failure, assembly) in failures)
        {
            int? passedOn = null;
            for (var retry = 1; retry <= retries && failure.FullyQualifiedName is not null; retry++)
            {
                if (runAlone(failure, assembly, retry))
                {
                    passedOn = retry;
                    break;
                }
            }

            outcomes.Add(new RetriedTest(failure, assembly, retries, passedOn));
        }

        return outcomes;
    }

    /// <summary>
    /// The test filter that selects one test method and nothing else: VSTest's FullyQualifiedName with its special
    /// characters escaped.
    /// </summary>
    public static string FilterFor(string fullyQualifiedName)
    {
        ArgumentException.ThrowIfNullOrEmpty(fullyQualifiedName);
        var escaped = new System.Text.StringBuilder();
        foreach (var c in fullyQualifiedName)
        {
            if (c is '\\' or '(' or ')' or '&' or '|' or '=' or '!' or '~')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return $"FullyQualifiedName={escaped}";
    }
}
