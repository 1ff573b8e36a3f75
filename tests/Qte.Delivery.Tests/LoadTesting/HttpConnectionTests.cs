using System.Net;
using System.Net.Sockets;
using System.Text;
using Qte.Delivery.LoadTesting;

namespace Qte.Delivery.Tests.LoadTesting;

/// <summary>The connection against a raw TCP server on loopback that answers with hand-written HTTP/1.1.</summary>
public sealed class HttpConnectionTests
{
    // Serves the answers in order, one per request head read; a connection closes after an answer asking for it.
    private static async Task<(Uri Target, Task<int> Connections)> ServeAsync(params string[] answers)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var target = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/api/quotes/MSFT?x=1");
        var served = Task.Run(async () =>
        {
            var (next, connections) = (0, 0);
            using (listener.Server)
            {
                while (next < answers.Length)
                {
                    using var client = await listener.AcceptTcpClientAsync();
                    connections++;
                    var stream = client.GetStream();
                    var reader = new StreamReader(stream, Encoding.ASCII);
                    while (next < answers.Length)
                    {
                        string? line;
                        while (!string.IsNullOrEmpty(line = await reader.ReadLineAsync()))
                        {
                        }

                        if (line is null)
                        {
                            break;
                        }

                        var answer = answers[next++];
                        await stream.WriteAsync(Encoding.ASCII.GetBytes(answer));
                        if (answer.Contains("Connection: close", StringComparison.Ordinal))
                        {
                            break;
                        }
                    }
                }
            }

            return connections;
        });
        await Task.Yield();
        return (target, served);
    }

    [Fact]
    public async Task Should_Read_Sized_And_Chunked_Bodies_On_One_Connection_And_Reconnect_After_Close()
    {
        var (target, connections) = await ServeAsync(
            "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-Qte-Slot: blue\r\nX-Qte-Experiments: pricing=control\r\nX-Qte-Experiments: layout=b\r\n\r\nhello",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3;ext=1\r\nabc\r\n4\r\ndefg\r\n0\r\nX-Trailer: 1\r\n\r\n",
            "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        using var connection = new HttpConnection(target, TimeSpan.FromSeconds(5));

        var request = LoadRequest.Get(target.PathAndQuery);
        var answers = await Task.Run(() => Enumerable.Range(0, 4).Select(_ => connection.Send(request)).ToList());

        Assert.Equal([(200, 5L), (200, 7L), (503, 0L), (200, 2L)], answers.Select(a => (a.Status, a.BodyBytes)));
        Assert.Equal(("blue", "pricing=control, layout=b"), (answers[0].Slot, answers[0].Experiments));
        Assert.Equal((null, null), (answers[1].Slot, answers[1].Experiments));
        Assert.Equal([false, false, true, false], answers.Select(a => a.Failed));
        Assert.Equal(2, await connections);
    }

    [Fact]
    public async Task Should_Fail_An_Answer_That_Is_Not_Http()
    {
        var (target, _) = await ServeAsync("SMTP/2.0 hello\r\n\r\n");
        using var connection = new HttpConnection(target, TimeSpan.FromSeconds(5));

        var error = await Assert.ThrowsAsync<IOException>(() => Task.Run(() => connection.Send(LoadRequest.Get(target.PathAndQuery))));

        Assert.Contains("Not an HTTP/1.x answer", error.Message);
    }

    [Fact]
    public async Task Should_Fail_When_Nothing_Listens()
    {
        var target = new Uri($"http://127.0.0.1:{Qte.Delivery.Processes.LoopbackPort.Free()}/");
        using var connection = new HttpConnection(target, TimeSpan.FromSeconds(5));

        await Assert.ThrowsAsync<IOException>(() => Task.Run(() => connection.Send(LoadRequest.Get(target.PathAndQuery))));
    }
}
