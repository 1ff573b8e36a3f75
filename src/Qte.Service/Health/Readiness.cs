namespace Qte.Service.Health;

/// <summary>
/// Ready once warm-up has passed, unless readiness is made to fail, and no longer once shutdown begins,
/// so that the router stops sending traffic before in-flight requests are drained.
/// </summary>
public sealed class Readiness(ServiceSettings settings, TimeProvider time)
{
    private readonly DateTimeOffset _readyAt = time.GetUtcNow() + settings.WarmUp;
    private volatile bool _stopping;

    public bool IsReady => !settings.FailReadiness && !_stopping && time.GetUtcNow() >= _readyAt;

    public string Reason =>
        settings.FailReadiness ? "readiness is made to fail (QTE_FAIL_READINESS)"
        : _stopping ? "shutting down"
        : IsReady ? "ready"
        : "warming up";

    public void Stopping() => _stopping = true;
}
