using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Qte.Pipeline.Quality.Dependencies;

/// <summary>
/// `dotnet list package --vulnerable` reports "no vulnerable packages" when no source publishes vulnerability data
/// at all. NuGet reads that data from the VulnerabilityInfo resource of a v3 source's service index; this probe
/// asks each source for it, so that silence is reported as unknown, not as a pass.
/// </summary>
public static class PackageSourceProbe
{
    public const string VulnerabilityResource = "VulnerabilityInfo";

    /// <summary>Null when at least one source publishes vulnerability data; otherwise why none does.</summary>
    public static async Task<string?> FindMissingVulnerabilityDataAsync(IReadOnlyList<string> sources, HttpClient http, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(http);
        if (sources.Count == 0)
        {
            return "dotnet list package named no package source";
        }

        var reasons = new List<string>();
        foreach (var source in sources)
        {
            if (!Uri.TryCreate(source, UriKind.Absolute, out var uri) || uri.IsFile)
            {
                reasons.Add($"{source} is a folder source, which carries no vulnerability data");
                continue;
            }

            try
            {
                var index = JObject.Parse(await http.GetStringAsync(uri, cancellationToken));
                var types = ((JArray?)index["resources"] ?? []).Select(r => (string?)r["@type"] ?? string.Empty);
                if (types.Any(t => t.StartsWith(VulnerabilityResource, StringComparison.Ordinal)))
                {
                    return null;
                }

                reasons.Add($"{source} publishes no vulnerability data (no {VulnerabilityResource} resource in its service index)");
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonReaderException)
            {
                reasons.Add($"{source}'s service index could not be read ({ex.Message})");
            }
        }

        return string.Join("; ", reasons);
    }
}
