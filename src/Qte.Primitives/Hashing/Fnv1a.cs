namespace Qte.Primitives.Hashing;

/// <summary>
/// FNV-1a, 32 bits: stable across processes, runtimes and restarts, unlike string.GetHashCode. Over a string's UTF-16
/// code units, as GrowthBook's SDKs hash (JavaScript's charCodeAt), so a user lands in the same experiment bucket here
/// and in any GrowthBook SDK; or over bytes, where the caller has chosen an encoding.
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

    public static uint Hash32(ReadOnlySpan<byte> bytes)
    {
        var hash = OffsetBasis;
        foreach (var b in bytes)
        {
            hash = unchecked((hash ^ b) * Prime);
        }

        return hash;
    }
}
