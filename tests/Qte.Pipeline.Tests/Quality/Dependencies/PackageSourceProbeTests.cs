using System.Net;
using System.Net.Sockets;
using System.Text;
using Qte.Pipeline.Quality.Dependencies;

namespace Qte.Pipeline.Tests.Quality.Dependencies;

/// <summary>The probe against a real HTTP server on 127.0.0.1 serving a NuGet v3 service index.</summary>
public sealed class PackageSourceProbeTests : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly string _source;
    private string _index = "{}";

    public PackageSourceProbeTests()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        var port = ((IPEndPoint)socket.LocalEndpoint).Port;
        socket.Stop();
        _source = $"http://127.0.0.1:{port}/v3/index.json";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _ = ServeAsync();
    }

    public void Dispose()
    {
        _listener.Close();
        _http.Dispose();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            var body = Encoding.UTF8.GetBytes(_index);
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }

    [Fact]
    public async Task Should_Find_Vulnerability_Data_In_A_Source_That_Publishes_It()
    {
        _index = """{ "version": "3.0.0", "resources": [ { "@id": "https://x/vulnerability/index.json", "@type": "VulnerabilityInfo/6.7.0" } ] }""";

        Assert.Null(await PackageSourceProbe.FindMissingVulnerabilityDataAsync([_source], _http));
    }

    [Fact]
    public async Task Should_Say_Why_When_No_Source_Publishes_It()
    {
        _index = """{ "version": "3.0.0", "resources": [ { "@id": "https://x/registration/", "@type": "RegistrationsBaseUrl/3.6.0" } ] }""";

        var reason = await PackageSourceProbe.FindMissingVulnerabilityDataAsync([_source, "/var/packages"], _http);

        Assert.Equal(
            $"{_source} publishes no vulnerability data (no VulnerabilityInfo resource in its service index); /var/packages is a folder source, which carries no vulnerability data",
            reason);
    }

    [Fact]
    public async Task Should_Say_So_When_The_Index_Cannot_Be_Read()
    {
        _index = "not json";

        Assert.StartsWith($"{_source}'s service index could not be read", await PackageSourceProbe.FindMissingVulnerabilityDataAsync([_source], _http));
    }
}
