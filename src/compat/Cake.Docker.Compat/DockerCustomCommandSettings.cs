namespace Cake.Docker;

/// <summary>Settings for a docker command that has no alias of its own (the command line is given whole).</summary>
public sealed class DockerCustomCommandSettings : AutoToolSettings;
