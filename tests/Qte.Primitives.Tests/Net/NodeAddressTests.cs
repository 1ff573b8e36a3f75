using Qte.Primitives.Net;

namespace Qte.Primitives.Tests.Net;

public sealed class NodeAddressTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5000", true)]
    [InlineData("http://localhost:5000", true)]
    [InlineData("http://[::1]:5000", true)]
    [InlineData("http://10.77.0.2:5000", true)]
    [InlineData("http://172.16.0.1:5000", true)]
    [InlineData("http://172.31.255.1:5000", true)]
    [InlineData("http://192.168.1.4:5000", true)]
    [InlineData("http://172.32.0.1:5000", false)]
    [InlineData("http://172.15.0.1:5000", false)]
    [InlineData("http://192.169.0.1:5000", false)]
    [InlineData("http://8.8.8.8:5000", false)]
    [InlineData("http://example.com:5000", false)]
    public void Only_Loopback_And_Private_Networks_Are_Nodes(string address, bool allowed) =>
        Assert.Equal(allowed, NodeAddress.IsLoopbackOrPrivate(new Uri(address)));
}
