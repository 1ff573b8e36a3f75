namespace Qte.Delivery.LoadTesting;

/// <summary>One of the engine's connections as an iteration sees it: each request sent through it is counted in the run.</summary>
public sealed class LoadClient
{
    private readonly HttpConnection _connection;
    private readonly LoadTally _run;
    private readonly TimeSpan _timeout;

    internal LoadClient(HttpConnection connection, LoadTally run, TimeSpan timeout) => (_connection, _run, _timeout) = (connection, run, timeout);

    /// <summary>Sends now and waits for the answer; null when none came (a broken connection, or none within the timeout).</summary>
    public LoadAnswer? Send(LoadRequest request) => Send(request, _run.Clock.Elapsed);

    internal LoadAnswer? Send(LoadRequest request, TimeSpan due)
    {
        // A request already later than the timeout when its turn comes fails unsent: a stalled server cannot make the
        // test run on past its duration by more than one timeout.
        if (_run.Clock.Elapsed - due > _timeout)
        {
            _run.Record(due, null);
            return null;
        }

        try
        {
            var answer = _connection.Send(request);
            _run.Record(due, answer);
            return answer;
        }
        catch (IOException)
        {
            // No answer in time, or a broken connection: counted as failed, and left out of the latency, as k6 does.
            _run.Record(due, null);
            return null;
        }
    }
}
