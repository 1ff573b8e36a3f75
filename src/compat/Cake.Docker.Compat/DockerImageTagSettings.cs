namespace Cake.Docker;

/// <summary>Settings for <c>docker tag SOURCE_IMAGE TARGET_IMAGE</c> (the command has no options).</summary>
public sealed class DockerImageTagSettings : AutoToolSettings;
