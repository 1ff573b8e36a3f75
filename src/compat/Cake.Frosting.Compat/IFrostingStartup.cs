using Microsoft.Extensions.DependencyInjection;

namespace Cake.Frosting;

/// <summary>
/// Configures a build's services in one class, for <see cref="CakeHostExtensions.UseStartup{TStartup}"/>.
/// </summary>
public interface IFrostingStartup
{
    /// <summary>
    /// Registers the build's services.
    /// </summary>
    /// <param name="services">The service collection.</param>
    void Configure(IServiceCollection services);
}
