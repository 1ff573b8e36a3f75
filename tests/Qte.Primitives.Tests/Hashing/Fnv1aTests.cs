using System.Text;
using Qte.Primitives.Hashing;

namespace Qte.Primitives.Tests.Hashing;

public sealed class Fnv1aTests
{
    // The published FNV-1a 32-bit test vectors (Fowler, Noll, Vo: "", "a", "foobar").
    [Theory]
    [InlineData("", 0x811c9dc5u)]
    [InlineData("a", 0xe40c292cu)]
    [InlineData("foobar", 0xbf9cf968u)]
    public void Should_Compute_The_Reference_Vectors(string value, uint hash)
    {
        Assert.Equal(hash, Fnv1a.Hash32(value));
        Assert.Equal(hash, Fnv1a.Hash32(Encoding.ASCII.GetBytes(value)));
    }

    [Fact]
    public void Should_Hash_Code_Units_Not_Bytes_For_A_String()
    {
        // "é" is one UTF-16 unit (0xE9) but two UTF-8 bytes: the string form hashes as GrowthBook does, the bytes differ.
        Assert.Equal(Fnv1a.Hash32([0xE9]), Fnv1a.Hash32("é"));
        Assert.NotEqual(Fnv1a.Hash32(Encoding.UTF8.GetBytes("é")), Fnv1a.Hash32("é"));
    }
}
