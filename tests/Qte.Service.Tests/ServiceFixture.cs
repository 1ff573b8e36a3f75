using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Qte.Service.Tests;

/// <summary>
/// The service on Kestrel on a free loopback port, as a release runs it, with the settings a test chooses.
/// </summary>
internal sealed class ServiceFixture : IAsyncDisposable
{
    private ServiceFixture(WebApplication app, Uri address)
    {
        App = app;
        Client = new HttpClient { BaseAddress = address };
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public static async Task<ServiceFixture> StartAsync(ServiceSettings? settings = null)
    {
        var app = ServiceApp.Build(["--urls", "http://127.0.0.1:0"], settings ?? new ServiceSettings { WarmUp = TimeSpan.Zero });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new ServiceFixture(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }
}
