namespace Qte.Experiments.Events;

public enum ExperimentEventKind
{
    /// <summary>The first time a user was served a group; recorded once per user.</summary>
    Exposure,

    /// <summary>An order placed by an exposed user; recorded once per user.</summary>
    Conversion,

    /// <summary>A request by a user in the experiment; counted, for engagement.</summary>
    Request,
}
