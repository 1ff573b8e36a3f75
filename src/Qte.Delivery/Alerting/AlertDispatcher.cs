namespace Qte.Delivery.Alerting;

/// <summary>
/// Sends an alert to the channels escalation chose: once per dedup key and channel, each delivery tried up to the
/// configured attempts with doubling backoff. Returns every outcome; the caller keeps the failed ones in
/// undelivered-alerts.json. Errors are redacted before anyone sees them.
/// </summary>
public sealed class AlertDispatcher(
    IReadOnlyDictionary<string, IAlertChannel> channels, AlertingSettings settings, SecretRedactor redactor, TimeProvider time, Action<string> log)
{
    public async Task<(AlertState State, IReadOnlyList<AlertDelivery> Deliveries)> DispatchAsync(
        Alert alert, IReadOnlyList<string> channelNames, AlertState state, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(channelNames);
        var deliveries = new List<AlertDelivery>();
        foreach (var name in channelNames)
        {
            if (state.WasSent(alert.DedupKey, name))
            {
                log($"{name}: {alert.DedupKey} was already sent; not sent again.");
                deliveries.Add(new AlertDelivery(name, Delivered: false, Duplicate: true, 0, []));
                continue;
            }

            var delivery = await DeliverAsync(channels[name], alert, cancellation);
            deliveries.Add(delivery);
            if (delivery.Delivered)
            {
                state = state.WithSent(alert.DedupKey, name);
            }
        }

        return (state, deliveries);
    }

    private async Task<AlertDelivery> DeliverAsync(IAlertChannel channel, Alert alert, CancellationToken cancellation)
    {
        var errors = new List<string>();
        var backoff = settings.Backoff;
        for (var attempt = 1; attempt <= settings.Attempts; attempt++)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            timeout.CancelAfter(settings.Timeout);
            try
            {
                await channel.SendAsync(alert, timeout.Token);
                log($"{channel.Name}: alert sent{(attempt > 1 ? $" on attempt {attempt}" : string.Empty)}.");
                return new AlertDelivery(channel.Name, Delivered: true, Duplicate: false, attempt, errors);
            }
            catch (AlertDeliveryException ex)
            {
                var error = redactor.Redact(ex.Message);
                errors.Add(error);
                log($"{channel.Name}: attempt {attempt} of {settings.Attempts} failed: {error}");
            }

            if (attempt < settings.Attempts)
            {
                await Task.Delay(backoff, time, cancellation);
                backoff *= 2;
            }
        }

        return new AlertDelivery(channel.Name, Delivered: false, Duplicate: false, settings.Attempts, errors);
    }
}
