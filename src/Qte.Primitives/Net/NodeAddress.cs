using System.Net;

namespace Qte.Primitives.Net;

/// <summary>
/// Where the pipeline may send requests: this machine's loopback interface, or a cluster node on a private network
/// (10/8, 172.16/12, 192.168/16), such as the local swarm's workers. Nothing is sent to a public address.
/// </summary>
public static class NodeAddress
{
    public const string Allowed = "an http address on loopback or a private network (10/8, 172.16/12, 192.168/16)";

    public static bool IsLoopbackOrPrivate(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsLoopback)
        {
            return true;
        }

        if (address.HostNameType != UriHostNameType.IPv4)
        {
            return false;
        }

        var bytes = IPAddress.Parse(address.Host).GetAddressBytes();
        return bytes[0] == 10 || (bytes[0] == 172 && bytes[1] is >= 16 and < 32) || (bytes[0] == 192 && bytes[1] == 168);
    }
}
