namespace Qte.Delivery.Environments;

/// <summary>Where an environment's live state lives: .qte/environments/&lt;name&gt;/.</summary>
public sealed record EnvironmentPaths(string Root, string Name)
{
    public string Directory => Path.Combine(Root, Name);

    public string StateFile => Path.Combine(Directory, "state.json");

    public string LockFile => Path.Combine(Directory, "deploy.lock");

    public string Logs => Path.Combine(Directory, "logs");

    /// <summary>The router's own copy of its binaries, so that a new build never changes a running router.</summary>
    public string RouterBinaries => Path.Combine(Directory, "router");

    /// <summary>The experiment files published to the environment; its services reread them while running.</summary>
    public string Experiments => Path.Combine(Directory, "experiments");

    /// <summary>An experiment's published definition, the copy the environment's services read.</summary>
    public string ExperimentFile(string key) => Path.Combine(Experiments, key + ".json");

    /// <summary>The experiments' events (SQLite), written by the environment's services, read by the analysis.</summary>
    public string EventsDatabase => Path.Combine(Directory, "experiments", "events.db");

    /// <summary>The router's state folder: its token and its persisted routing table.</summary>
    public string RouterState => Path.Combine(Directory, "router-state");
}
