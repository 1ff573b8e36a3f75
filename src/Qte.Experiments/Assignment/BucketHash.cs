using System.Globalization;
using Qte.Primitives.Hashing;

namespace Qte.Experiments.Assignment;

/// <summary>
/// GrowthBook's hash of a seed and a user id to a number in [0, 1). Version 2 (the default) hashes twice so that
/// seeds sharing a prefix do not give correlated buckets; version 1 is kept for its published test vectors.
/// </summary>
public static class BucketHash
{
    public const int DefaultVersion = 2;

    /// <returns>The bucket in [0, 1), or null for an unknown version (GrowthBook then skips the experiment).</returns>
    public static double? Hash(string seed, string value, int version = DefaultVersion)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(value);
        return version switch
        {
            1 => Fnv1a.Hash32(value + seed) % 1000 / 1000.0,
            2 => Fnv1a.Hash32(Fnv1a.Hash32(seed + value).ToString(CultureInfo.InvariantCulture)) % 10000 / 10000.0,
            _ => null,
        };
    }
}
