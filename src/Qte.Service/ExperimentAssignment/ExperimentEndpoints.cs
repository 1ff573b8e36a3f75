namespace Qte.Service.ExperimentAssignment;

public static class ExperimentEndpoints
{
    /// <summary>
    /// GET /experiments: the definitions in force (key, revision, groups, split, running) and the recorder's counts, so a
    /// publisher can wait until its revision is live and an analysis until the events are written.
    /// </summary>
    public static void MapExperiments(this WebApplication app) =>
        app.MapGet("/experiments", (ExperimentCatalog catalog, EventRecorder recorder, TimeProvider time) => Results.Ok(new
        {
            experiments = catalog.Current.Select(e => new
            {
                key = e.Key,
                revision = e.Revision,
                enabled = e.Enabled,
                running = e.IsRunning(time.GetUtcNow()),
                groups = e.Groups,
                split = e.SplitPercent,
            }),
            events = new { enabled = recorder.Enabled, recorded = recorder.Recorded, pending = recorder.Pending, dropped = recorder.Dropped, lastError = recorder.LastError },
        }));
}
