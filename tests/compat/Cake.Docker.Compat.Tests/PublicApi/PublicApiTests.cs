using Cake.Compat.Testing;

namespace Cake.Docker.Compat.Tests.PublicApi;

/// <summary>
/// The compat's aliases and settings classes equal Cake.Docker's. official-api.txt was written from the official
/// source (MihaMarkic/Cake.Docker, src/Cake.Docker at 1.5.0, commit 2e8b57b: the alias signatures copied out of
/// Docker.Aliases.*.cs and qualified, the settings properties read from *Settings.cs); it is not generated from this
/// assembly. The official's public runner and argument-builder types are internal here and not compared.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_Aliases_And_Settings_Equal_The_Official_Listing() =>
        OfficialApi.AssertEqual(typeof(DockerAliases).Assembly, "Cake.Docker", listedTypesOnly: true);
}
