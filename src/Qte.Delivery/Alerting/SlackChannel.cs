using System.Text;
using Newtonsoft.Json.Linq;

namespace Qte.Delivery.Alerting;

/// <summary>A Slack incoming webhook: one JSON POST with the alert as text. The URL is a secret, read from its variable when sending.</summary>
public sealed class SlackChannel(SlackSettings settings, Func<string, string?> variable, HttpClient http) : IAlertChannel
{
    public string Name => "slack";

    public async Task SendAsync(Alert alert, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var url = variable(settings.WebhookUrlVariable);
        if (string.IsNullOrEmpty(url))
        {
            throw new AlertDeliveryException($"{settings.WebhookUrlVariable} is not set: it must hold the webhook's URL.");
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
        {
            throw new AlertDeliveryException($"{settings.WebhookUrlVariable} does not hold an http(s) URL.");
        }

        var payload = new JObject { ["text"] = $"*{alert.Subject}*\n{alert.Body}" };
        using var content = new StringContent(payload.ToString(Newtonsoft.Json.Formatting.None), Encoding.UTF8, "application/json");
        try
        {
            using var response = await http.PostAsync(address, content, cancellation);
            if (!response.IsSuccessStatusCode)
            {
                throw new AlertDeliveryException($"the webhook answered HTTP {(int)response.StatusCode}.");
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            // The exception's text may hold the URL: only its kind is kept, and the exception itself is dropped.
            throw new AlertDeliveryException($"the webhook did not answer ({(ex as HttpRequestException)?.HttpRequestError.ToString() ?? "timed out"}).");
        }
    }
}
