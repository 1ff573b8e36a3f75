using System.Text;
using Qte.Primitives.Hashing;

namespace Qte.Router.Routing;

/// <summary>
/// Who a request is for: the X-User-Id header, else the router's cookie, else a new id the router sets as that cookie,
/// so one user stays on one side while the weights hold.
/// </summary>
public static class UserKey
{
    public const string Header = "X-User-Id";
    public const string Cookie = "qte-user";
    private const string ItemKey = "qte.user-key";

    public static async Task AssignAsync(HttpContext context, Func<Task> next)
    {
        var key = context.Request.Headers[Header].FirstOrDefault();
        if (string.IsNullOrEmpty(key))
        {
            key = context.Request.Cookies[Cookie];
            if (string.IsNullOrEmpty(key))
            {
                key = Guid.NewGuid().ToString("n");
                context.Response.Cookies.Append(Cookie, key, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, Path = "/" });
            }
        }

        context.Items[ItemKey] = key;
        await next();
    }

    public static int Bucket(HttpContext context) => Bucket(context.Items[ItemKey] as string ?? string.Empty);

    /// <summary>FNV-1a of the key, modulo 100: stable across processes and restarts, unlike string.GetHashCode.</summary>
    public static int Bucket(string key)
    {
        return (int)(Fnv1a.Hash32(Encoding.UTF8.GetBytes(key)) % 100);
    }
}
