using System.Reflection;
using Cake.Cli;
using Cake.Core;

namespace Cake.Frosting.Internal;

/// <summary>
/// The version --version and --info report: that of the Cake engine the build runs on. Cake.Cli's own
/// resolver reads the entry assembly, which in a Frosting host is the build program, not Cake.
/// </summary>
internal sealed class CakeVersionResolver : IVersionResolver
{
    private static readonly Assembly Engine = typeof(ICakeContext).Assembly;

    public string GetVersion() => Engine.GetName().Version?.ToString(3) ?? "unknown";

    public string GetProductVersion() =>
        Engine.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? GetVersion();
}
