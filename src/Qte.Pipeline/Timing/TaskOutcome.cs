namespace Qte.Pipeline.Timing;

/// <summary>
/// How a task ended.
/// </summary>
public enum TaskOutcome
{
    Succeeded,
    Failed,
    Skipped,
}
