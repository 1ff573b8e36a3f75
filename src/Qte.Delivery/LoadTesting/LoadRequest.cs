namespace Qte.Delivery.LoadTesting;

/// <summary>One request the engine sends: method, path and query, the user it stands for (X-User-Id, which the router keeps sticky), and a JSON body.</summary>
public sealed record LoadRequest(string Method, string Path, string? UserId = null, string? JsonBody = null)
{
    public static LoadRequest Get(string path, string? userId = null) => new("GET", path, userId);
}
