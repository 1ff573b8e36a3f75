namespace Cake.Docker;

/// <summary>
/// Settings with no docker options, for the commands whose aliases take none (docker network rm).
/// </summary>
public class EmptySettings : AutoToolSettings
{
}
