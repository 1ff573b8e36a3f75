using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Qte.Primitives.IO;

namespace Qte.Pipeline.Coverage;

/// <summary>
/// The product's coverage of the previous run, kept in artifacts/history/ so that a run can report its delta.
/// </summary>
public static class CoverageHistory
{
    public const string FileName = "coverage.json";

    /// <returns>The previous run's line and branch percentages, or null when there is none or it cannot be read.</returns>
    public static (double LinePercent, double BranchPercent)? ReadPrevious(string historyDirectory)
    {
        var path = Path.Combine(historyDirectory, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var json = JObject.Parse(File.ReadAllText(path));
            return ((double?)json["linePercent"], (double?)json["branchPercent"]) is (double line, double branch) ? (line, branch) : null;
        }
        catch (Exception ex) when (ex is JsonException or IOException or InvalidCastException or ArgumentException)
        {
            return null;
        }
    }

    public static void Write(string historyDirectory, CoverageRate product, DateTimeOffset measuredAt) =>
        AtomicFile.WriteAllText(
            Path.Combine(historyDirectory, FileName),
            new JObject
            {
                ["measuredAtUtc"] = measuredAt.UtcDateTime.ToString("o", CultureInfo.InvariantCulture),
                ["linePercent"] = Math.Round(product.LinePercent, 2),
                ["branchPercent"] = Math.Round(product.BranchPercent, 2),
            }.ToString(Formatting.Indented));

    /// <summary>"lines +1.2 pp, branches -0.4 pp since the previous run", or that there was none.</summary>
    public static string DescribeDelta(CoverageRate product, (double LinePercent, double BranchPercent)? previous) =>
        previous is not { } before
            ? "no previous run in artifacts/history/ to compare with"
            : string.Create(
                CultureInfo.InvariantCulture,
                $"lines {product.LinePercent - before.LinePercent:+0.0;-0.0;0.0} pp, branches {product.BranchPercent - before.BranchPercent:+0.0;-0.0;0.0} pp since the previous run");
}
