using Cake.Core;
using Cake.Core.Configuration;
using Cake.Core.IO;

namespace Cake.Frosting.Internal;

/// <summary>
/// Cake's configuration (cake.config, CAKE_* environment variables, command-line arguments) over the
/// settings given in code. Read when first asked for, so after the working directory has been set.
/// </summary>
internal sealed class FrostingConfiguration : ICakeConfiguration
{
    /// <summary>The key of the tools folder, as cake.config's <c>[Paths] Tools</c>.</summary>
    public const string ToolsPathKey = "Paths_Tools";

    private readonly Lazy<ICakeConfiguration> _configuration;

    public FrostingConfiguration(
        IEnumerable<FrostingConfigurationValue> values,
        IFileSystem fileSystem,
        ICakeEnvironment environment,
        ICakeArguments arguments)
    {
        _configuration = new Lazy<ICakeConfiguration>(() =>
        {
            var inCode = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var value in values)
            {
                inCode[value.Key] = value.Value;
            }

            var fromCommandLine = arguments.GetArguments()
                .ToDictionary(a => a.Key, a => a.Value.LastOrDefault() ?? string.Empty, StringComparer.OrdinalIgnoreCase);

            return new CakeConfigurationProvider(fileSystem, environment)
                .CreateConfiguration(environment.WorkingDirectory, inCode, fromCommandLine);
        });
    }

    public string GetValue(string key) => _configuration.Value.GetValue(key);
}
