using Cake.Compat.Testing;

namespace Cake.Git.Compat.Tests.PublicApi;

/// <summary>
/// The compat's public API equals Cake.Git's. official-api.txt was written from the official source
/// (cake-contrib/Cake_Git, src/Cake.Git at commit 2c1ccb2: the alias signatures copied out of GitAliases.*.cs and
/// qualified, the other types read from their files); it is not generated from this assembly.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_Public_Api_Equals_The_Official_Listing() =>
        OfficialApi.AssertEqual(typeof(GitAliases).Assembly, "Cake.Git");
}
