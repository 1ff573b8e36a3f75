namespace Qte.Service.ExperimentAssignment;

/// <summary>Refreshes the catalog twice a second, so a published experiment is in force within about half a second.</summary>
public sealed class ExperimentWatcher(ExperimentCatalog catalog, TimeProvider time) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        catalog.Refresh();
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            catalog.Refresh();
        }
    }
}
