namespace Qte.Delivery.Alerting;

/// <summary>A way to reach people. <see cref="SendAsync"/> throws <see cref="AlertDeliveryException"/> when the alert did not get through.</summary>
public interface IAlertChannel
{
    string Name { get; }

    Task SendAsync(Alert alert, CancellationToken cancellation);
}
