namespace Qte.Build.Tests.Fixtures;

/// <summary>
/// A clock that always reads the same instant, so the timing gate sees the wall time a test chooses.
/// </summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
