namespace Qte.Pipeline.Quality;

/// <summary>What a gate does when its measure misses the threshold: fail the stage, or only warn.</summary>
public enum GateMode
{
    Fail,
    Warn,
}
