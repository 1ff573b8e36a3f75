using Cake.Frosting;
using Microsoft.Extensions.DependencyInjection;

namespace Corpus.Tools;

public sealed class Startup : IFrostingStartup
{
    public void Configure(IServiceCollection services)
    {
        services.UseContext<FrostingContext>();
        services.UseTool(new Uri("dotnet:?package=csharpier&version=1.3.0"));
    }
}
