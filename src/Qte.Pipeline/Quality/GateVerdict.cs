namespace Qte.Pipeline.Quality;

/// <summary>
/// A gate's verdict. Unknown means the tool could not measure (a package source that publishes no vulnerability
/// data): never read as a pass.
/// </summary>
public enum GateVerdict
{
    Pass,
    Warn,
    Fail,
    Unknown,
    Off,
}
