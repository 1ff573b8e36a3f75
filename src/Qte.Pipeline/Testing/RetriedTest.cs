namespace Qte.Pipeline.Testing;

/// <summary>
/// A test that failed and was run again alone: flaky when a retry passed (<see cref="PassedOnRetry"/> says which),
/// failed when every retry failed too.
/// </summary>
public sealed record RetriedTest(TestFailure Failure, string TestAssembly, int Retries, int? PassedOnRetry)
{
    public bool IsFlaky => PassedOnRetry is not null;

    public override string ToString() => IsFlaky
        ? $"{Failure.Test}: failed, then passed on retry {PassedOnRetry} of {Retries} (flaky)"
        : $"{Failure.Test}: failed in the run and on all {Retries} retries";
}
