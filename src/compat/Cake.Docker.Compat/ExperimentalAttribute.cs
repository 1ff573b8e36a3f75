namespace Cake.Docker;

/// <summary>
/// Marks settings of an experimental docker command: it runs with DOCKER_CLI_EXPERIMENTAL=enabled.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Property)]
public class ExperimentalAttribute : Attribute
{
}
