using Qte.Router.Routing;

namespace Qte.Router.Tests.Routing;

public sealed class RoutingTableTests
{
    private static RoutingTable Table(int blue, int green) => new(
        new Dictionary<string, string> { ["blue"] = "http://127.0.0.1:5001", ["green"] = "http://127.0.0.1:5002" },
        new Dictionary<string, int> { ["blue"] = blue, ["green"] = green });

    [Fact]
    public void Should_Accept_Known_Slots_With_Weights_Summing_To_100() => Assert.Empty(Table(90, 10).Validate());

    [Fact]
    public void Should_Name_Each_Broken_Rule()
    {
        var table = new RoutingTable(
            new Dictionary<string, string> { ["blue"] = "http://10.0.0.5:5001", ["Bad Name"] = "http://127.0.0.1:5002" },
            new Dictionary<string, int> { ["blue"] = 120, ["canary"] = 10 });

        var problems = table.Validate();

        Assert.Contains("slots.blue: 'http://10.0.0.5:5001' is not allowed. Allowed: an http address on the loopback interface, e.g. http://127.0.0.1:5000.", problems);
        Assert.Contains("slots.Bad Name: a slot name is 1 to 32 lower-case letters, digits or dashes.", problems);
        Assert.Contains("weights.blue: 120 is not allowed. Allowed: 0 to 100.", problems);
        Assert.Contains("weights.canary: no such slot. Known slots: Bad Name, blue.", problems);
        Assert.Contains("weights: they sum to 130; they must sum to 100.", problems);
    }

    [Fact]
    public void Should_Give_Slots_Consecutive_Bucket_Ranges_In_Name_Order()
    {
        var table = Table(90, 10);

        Assert.Equal("blue", table.SlotFor(0));
        Assert.Equal("blue", table.SlotFor(89));
        Assert.Equal("green", table.SlotFor(90));
        Assert.Equal("green", table.SlotFor(99));
        Assert.Equal("green", Table(0, 100).SlotFor(0));
    }

    [Fact]
    public void Should_Give_A_User_The_Same_Bucket_Every_Time()
    {
        // FNV-1a 32 by hand (python: h = 2166136261; for b in b"user-42": h = ((h ^ b) * 16777619) % 2**32): 39875499,
        // so bucket 99; and the published FNV-1a vector of "a", 0xe40c292c = 3826002220, is bucket 20.
        Assert.Equal(99, UserKey.Bucket("user-42"));
        Assert.Equal(20, UserKey.Bucket("a"));
        var buckets = Enumerable.Range(0, 1000).Select(i => UserKey.Bucket($"user-{i}")).ToList();
        Assert.InRange(buckets.Count(b => b < 50), 400, 600);
    }

    [Fact]
    public void Should_Accept_Replicas_On_Private_Networks_And_Refuse_Others_Naming_The_Rule()
    {
        var table = new RoutingTable(
            new Dictionary<string, string> { ["blue"] = "http://10.77.0.2:5001", ["green"] = "http://127.0.0.1:5002" },
            new Dictionary<string, int> { ["blue"] = 100, ["green"] = 0 },
            new Dictionary<string, IReadOnlyList<string>>
            {
                ["blue"] = ["http://10.77.0.2:5001", "http://172.20.0.3:5001", "http://192.168.1.4:5001", "http://127.0.0.1:5001", "http://8.8.8.8:5001", "https://10.0.0.1:5001"],
                ["canary"] = ["http://10.0.0.1:5001"],
            });

        var problems = table.Validate();

        Assert.Equal(
            [
                "replicas.blue: 'http://8.8.8.8:5001' is not allowed. Allowed: an http address on loopback or a private network (10/8, 172.16/12, 192.168/16), e.g. http://10.77.0.2:5000.",
                "replicas.blue: 'https://10.0.0.1:5001' is not allowed. Allowed: an http address on loopback or a private network (10/8, 172.16/12, 192.168/16), e.g. http://10.77.0.2:5000.",
                "replicas.canary: no such slot. Known slots: blue, green.",
            ],
            problems.Order(StringComparer.Ordinal));
        Assert.Equal(["http://127.0.0.1:5002"], table.AddressesOf("green"));
        Assert.Equal(6, table.AddressesOf("blue").Count);
    }
}
