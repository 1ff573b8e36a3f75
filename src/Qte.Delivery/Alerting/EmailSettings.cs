namespace Qte.Delivery.Alerting;

/// <summary>The email channel: an SMTP server, sender and recipients; the password comes from the variable <see cref="PasswordVariable"/>.</summary>
public sealed record EmailSettings
{
    public string Host { get; init; } = "127.0.0.1";

    public int Port { get; init; } = 25;

    /// <summary>none, starttls or ssl.</summary>
    public string Tls { get; init; } = "none";

    public string From { get; init; } = "qte-build@localhost";

    public IReadOnlyList<string> To { get; init; } = ["oncall@localhost"];

    /// <summary>The SMTP user; the channel authenticates only when the password variable is set.</summary>
    public string UserName { get; init; } = string.Empty;

    public string PasswordVariable { get; init; } = "QTE_SMTP_PASSWORD";
}
