using System.Globalization;
using Qte.Delivery.Releases;

namespace Qte.Delivery.Slots;

/// <summary>What every slot's service is told, however it runs: where to listen and which release it is.</summary>
public static class SlotVariables
{
    public static Dictionary<string, string> For(Release release, string slot, int port, IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(release);
        return new Dictionary<string, string>(environment)
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}",
            ["QTE_VERSION"] = release.Manifest.Version,
            ["QTE_COMMIT"] = release.Manifest.Commit,
            ["QTE_RELEASE_ID"] = release.Id,
            ["QTE_SLOT"] = slot,
        };
    }
}
