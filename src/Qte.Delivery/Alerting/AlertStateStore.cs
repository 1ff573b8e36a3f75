namespace Qte.Delivery.Alerting;

/// <summary>alert-state.json in the environment's live state; a missing file is a fresh state.</summary>
public sealed class AlertStateStore(string path)
{
    public string Path { get; } = path;

    public AlertState Load() => File.Exists(Path) ? Json.Deserialize<AlertState>(File.ReadAllText(Path), Path) : new AlertState();

    public void Save(AlertState state) => Json.WriteAtomically(Path, state);
}
