using Cake.Compat.Testing;

namespace Cake.Frosting.Compat.Tests.PublicApi;

/// <summary>
/// The compat's public API equals Cake.Frosting's. official-api.txt was written by hand from the official source
/// (cake-build/cake, src/Cake.Frosting at the 6.0.0 release, commit cc71d61e: every public type, member, parameter
/// name, constraint and attribute usage), in the listing's format; it is not generated from this assembly.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_Public_Api_Equals_The_Official_Listing()
    {
        var official = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "PublicApi", "official-api.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();
        var ours = PublicApiListing.For(typeof(CakeHost).Assembly);

        var missing = official.Except(ours, StringComparer.Ordinal).ToList();
        var extra = ours.Except(official, StringComparer.Ordinal).ToList();

        Assert.True(
            missing.Count == 0 && extra.Count == 0,
            "The public API differs from Cake.Frosting's.\n" +
            $"Missing (official has it, the compat does not):\n  {string.Join("\n  ", missing)}\n" +
            $"Extra (the compat has it, the official does not):\n  {string.Join("\n  ", extra)}");
    }
}
