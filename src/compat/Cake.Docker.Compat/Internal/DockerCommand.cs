namespace Cake.Docker.Internal;

/// <summary>
/// A docker command: its words (<c>image build</c>), and for a subcommand of <c>docker compose</c>, the core command
/// with the settings whose options go between the two (<c>docker compose --file f up --detach</c>).
/// </summary>
internal sealed record DockerCommand(string Name, string? CoreCommand = null, AutoToolSettings? CoreSettings = null)
{
    public static DockerCommand Compose(string name, DockerComposeSettings? composeSettings) =>
        new(name, "compose", composeSettings ?? new DockerComposeSettings());
}
