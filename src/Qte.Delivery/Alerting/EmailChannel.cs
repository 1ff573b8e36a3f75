using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Qte.Delivery.Alerting;

/// <summary>Email over SMTP with MailKit. Authenticates only when the password variable is set; the password is read when sending.</summary>
public sealed class EmailChannel(EmailSettings settings, Func<string, string?> variable, TimeSpan timeout) : IAlertChannel
{
    public string Name => "email";

    public async Task SendAsync(Alert alert, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(alert);
        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.AddRange(settings.To.Select(MailboxAddress.Parse));
        message.Subject = alert.Subject;
        message.Headers.Add("X-Qte-Dedup-Key", alert.DedupKey);
        message.Body = new TextPart("plain") { Text = alert.Body };

        using var client = new SmtpClient { Timeout = (int)timeout.TotalMilliseconds };
        var security = settings.Tls switch
        {
            "ssl" => SecureSocketOptions.SslOnConnect,
            "starttls" => SecureSocketOptions.StartTls,
            _ => SecureSocketOptions.None,
        };
        try
        {
            await client.ConnectAsync(settings.Host, settings.Port, security, cancellation);
            if (variable(settings.PasswordVariable) is { Length: > 0 } password)
            {
                await client.AuthenticateAsync(settings.UserName, password, cancellation);
            }

            await client.SendAsync(message, cancellation);
            await client.DisconnectAsync(quit: true, cancellation);
        }
        catch (Exception ex) when (ex is SocketException or IOException or TimeoutException or OperationCanceledException
                                       or ProtocolException or CommandException or SslHandshakeException or AuthenticationException or NotSupportedException)
        {
            throw new AlertDeliveryException($"the SMTP server {settings.Host}:{settings.Port} refused or did not answer ({ex.GetType().Name}: {ex.Message})");
        }
    }
}
