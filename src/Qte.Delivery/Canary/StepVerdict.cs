namespace Qte.Delivery.Canary;

public enum StepVerdict
{
    Pass,
    Fail,

    /// <summary>Too few requests to judge: the step waits, up to a limit, then fails.</summary>
    Inconclusive,
}
