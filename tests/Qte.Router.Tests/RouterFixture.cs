using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Qte.Router.Tests;

/// <summary>
/// A router on free loopback ports with a state folder of its own, and slot backends that answer with their name.
/// </summary>
internal sealed class RouterFixture : IAsyncDisposable
{
    public const string Token = "test-token";
    private readonly Dictionary<string, WebApplication> _backends = new(StringComparer.Ordinal);

    public RouterFixture(string? stateDirectory = null)
    {
        StateDirectory = stateDirectory ?? Directory.CreateTempSubdirectory("qte-router-").FullName;
        Settings = new RouterSettings
        {
            PublicPort = FreePort(),
            AdminPort = FreePort(),
            StateDirectory = StateDirectory,
            Token = Token,
            HealthCheckInterval = TimeSpan.FromMilliseconds(100),
        };
        Public = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = new Uri($"http://127.0.0.1:{Settings.PublicPort}") };
        Admin = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Settings.AdminPort}") };
        Admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
    }

    public string StateDirectory { get; }

    public RouterSettings Settings { get; }

    public RouterHost? Router { get; private set; }

    public HttpClient Public { get; }

    public HttpClient Admin { get; }

    public async Task<RouterFixture> StartAsync()
    {
        Router = RouterHost.Build(Settings);
        await Router.StartAsync();
        return this;
    }

    /// <summary>Starts a backend that answers every path with its name, ready or not, and 500s when told to.</summary>
    public async Task<string> StartBackendAsync(string name, bool ready = true, bool fail = false)
    {
        var port = FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.MapGet("/health/ready", () => ready ? Results.Text("ready") : Results.StatusCode(503));
        app.Map("/{**path}", () => fail ? Results.Text(name, statusCode: 500) : Results.Text(name));
        await app.StartAsync();
        var address = $"http://127.0.0.1:{port}";
        _backends[address] = app;
        return address;
    }

    /// <summary>Stops a backend: its port then refuses connections, as a replica's does when its node's engine dies.</summary>
    public async Task StopBackendAsync(string address)
    {
        await _backends[address].DisposeAsync();
        _backends.Remove(address);
    }

    public async Task<string> GetAsUserAsync(string user, string path = "/api/quotes/MSFT")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-User-Id", user);
        using var response = await Public.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (Router is not null)
        {
            await Router.DisposeAsync();
        }

        foreach (var backend in _backends.Values)
        {
            await backend.DisposeAsync();
        }

        Public.Dispose();
        Admin.Dispose();
    }
}
