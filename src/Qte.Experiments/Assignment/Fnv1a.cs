namespace Qte.Experiments.Assignment;

/// <summary>
/// FNV-1a, 32 bits, over a string's UTF-16 code units, as GrowthBook's SDKs hash (JavaScript's charCodeAt), so the
/// same user lands in the same bucket here and in any GrowthBook SDK.
/// </summary>
public static class Fnv1a
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    public static uint Hash32(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var hash = OffsetBasis;
        foreach (var unit in value)
        {
            hash = unchecked((hash ^ unit) * Prime);
        }

        return hash;
    }
}
