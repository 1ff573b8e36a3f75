using System.Reflection;

namespace Cake.Compat.Testing;

/// <summary>
/// Compares a compat assembly's public API with the official package's listing, PublicApi/official-api.txt in the
/// test project, written by hand from the official source (its header says from which commit).
/// </summary>
internal static class OfficialApi
{
    /// <param name="compat">The compat assembly.</param>
    /// <param name="package">The official package's name, for the message.</param>
    public static void AssertEqual(Assembly compat, string package)
    {
        var official = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "PublicApi", "official-api.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();
        var ours = PublicApiListing.For(compat);

        var missing = official.Except(ours, StringComparer.Ordinal).ToList();
        var extra = ours.Except(official, StringComparer.Ordinal).ToList();

        Assert.True(
            missing.Count == 0 && extra.Count == 0,
            $"The public API differs from {package}'s.\n" +
            $"Missing (official has it, the compat does not):\n  {string.Join("\n  ", missing)}\n" +
            $"Extra (the compat has it, the official does not):\n  {string.Join("\n  ", extra)}");
    }
}
