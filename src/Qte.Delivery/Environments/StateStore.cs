namespace Qte.Delivery.Environments;

/// <summary>Reads and writes an environment's state.json; a write is whole or not at all.</summary>
public sealed class StateStore(EnvironmentPaths paths)
{
    public EnvironmentState Load() =>
        File.Exists(paths.StateFile)
            ? Json.Deserialize<EnvironmentState>(File.ReadAllText(paths.StateFile), paths.StateFile)
            : new EnvironmentState();

    public void Save(EnvironmentState state) => Json.WriteAtomically(paths.StateFile, state);
}
