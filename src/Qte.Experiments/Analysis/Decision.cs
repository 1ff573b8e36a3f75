namespace Qte.Experiments.Analysis;

public enum Decision
{
    /// <summary>A success metric is significantly better and none is significantly worse.</summary>
    Ship,

    /// <summary>A success metric is significantly worse, or the planned duration passed with no difference.</summary>
    DontShip,

    /// <summary>Not enough data, a sample ratio mismatch, or no significant difference yet.</summary>
    KeepRunning,
}
