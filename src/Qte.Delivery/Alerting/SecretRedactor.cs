namespace Qte.Delivery.Alerting;

/// <summary>Replaces the values of secret variables in text bound for logs and files with ***, whatever carried them there.</summary>
public sealed class SecretRedactor
{
    private readonly string[] _secrets;

    public SecretRedactor(IEnumerable<string?> secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        // Longest first, so that a secret holding another is masked whole.
        _secrets = [.. secrets.Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).Distinct().OrderByDescending(s => s.Length)];
    }

    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _secrets.Aggregate(text, (current, secret) => current.Replace(secret, "***", StringComparison.Ordinal));
    }
}
