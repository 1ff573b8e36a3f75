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
    public void The_Public_Api_Equals_The_Official_Listing() =>
        OfficialApi.AssertEqual(typeof(CakeHost).Assembly, "Cake.Frosting");
}
