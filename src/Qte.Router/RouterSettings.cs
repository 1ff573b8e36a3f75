using System.Globalization;

namespace Qte.Router;

/// <summary>
/// The router's ports, its state folder (where the routing table and the admin token live) and its health checks,
/// from QTE_ROUTER_* environment variables.
/// </summary>
public sealed record RouterSettings
{
    public const string TokenFileName = "router.token";

    /// <summary>The environment's public port; 0 takes a free one.</summary>
    public int PublicPort { get; init; }

    /// <summary>The admin API's port, on 127.0.0.1 only; 0 takes a free one.</summary>
    public int AdminPort { get; init; }

    public string StateDirectory { get; init; } = ".";

    /// <summary>The bearer token of the admin API; from QTE_ROUTER_TOKEN, else the state folder's router.token.</summary>
    public string Token { get; init; } = string.Empty;

    public TimeSpan HealthCheckInterval { get; init; } = TimeSpan.FromSeconds(1);

    public string RoutesFile => Path.Combine(StateDirectory, "routes.json");

    /// <exception cref="ArgumentException">A variable is missing or not allowed; the message names it.</exception>
    public static RouterSettings FromEnvironment(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var state = variable("QTE_ROUTER_STATE_DIR") is { Length: > 0 } dir
            ? dir
            : throw new ArgumentException("QTE_ROUTER_STATE_DIR: required: the environment's state folder.");
        var tokenFile = Path.Combine(state, TokenFileName);
        var token = variable("QTE_ROUTER_TOKEN") is { Length: > 0 } fromVariable
            ? fromVariable
            : File.Exists(tokenFile)
                ? File.ReadAllText(tokenFile).Trim()
                : throw new ArgumentException($"QTE_ROUTER_TOKEN: not set, and {tokenFile} does not exist: the admin API needs a token.");
        return new RouterSettings
        {
            PublicPort = Port(variable, "QTE_ROUTER_PORT"),
            AdminPort = Port(variable, "QTE_ROUTER_ADMIN_PORT"),
            StateDirectory = state,
            Token = token,
            HealthCheckInterval = TimeSpan.FromMilliseconds(Number(variable, "QTE_ROUTER_HEALTH_INTERVAL_MS", 50, 60_000) ?? 1000),
        };
    }

    private static int Port(Func<string, string?> variable, string name) => (int)(Number(variable, name, 0, 65535) ?? 0);

    private static double? Number(Func<string, string?> variable, string name, int min, int max)
    {
        var raw = variable(name);
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new ArgumentException($"{name}: '{raw}' is not allowed. Allowed: a whole number from {min} to {max}.");
    }
}
