using Cake.Core;

namespace Qte.Build.Caching;

/// <summary>--no-cache: every result is computed again, and nothing is read from artifacts/cache/ (fresh results are still stored).</summary>
public sealed record CacheOptions(bool NoCache)
{
    public static CacheOptions Read(ICakeContext context) =>
        new(context.Arguments.HasArgument("no-cache") && context.Arguments.GetArgument("no-cache") is not ("false" or "0"));
}
