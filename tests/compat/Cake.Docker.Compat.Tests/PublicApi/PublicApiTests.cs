using Cake.Compat.Testing;

namespace Cake.Docker.Compat.Tests.PublicApi;

/// <summary>
/// The compat's public API equals Cake.Docker's, whole: the aliases, the settings classes and the helper types it
/// makes public (runner, argument builder, ps parser). official-api.txt was written from the official source
/// (MihaMarkic/Cake.Docker, src/Cake.Docker at 1.5.0, commit 2e8b57b: the alias signatures copied out of
/// Docker.Aliases.*.cs and qualified, the settings properties read from *Settings.cs, the helper types from their
/// files); it is not generated from this assembly.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_Public_Api_Equals_The_Official_Listing() =>
        OfficialApi.AssertEqual(typeof(DockerAliases).Assembly, "Cake.Docker");
}
