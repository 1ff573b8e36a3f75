using Cake.Core.IO;

namespace Cake.Docker.Internal;

/// <summary>
/// A docker command: its words (<c>image build</c>), and for a subcommand of <c>docker compose</c>, what goes before
/// them: the core command with its settings' options (<c>docker compose --file f up --detach</c>).
/// </summary>
internal sealed record DockerCommand(string Name, Action<ProcessArgumentBuilder>? AppendCore = null)
{
    public static DockerCommand Compose(string name, DockerComposeSettings? composeSettings) =>
        new(name, builder => builder.AppendAll("compose", composeSettings ?? new DockerComposeSettings(), []));
}
