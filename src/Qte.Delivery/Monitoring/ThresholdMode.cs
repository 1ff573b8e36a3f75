namespace Qte.Delivery.Monitoring;

/// <summary>What a missed threshold does: fail the stage, or only warn (alerts go out either way).</summary>
public enum ThresholdMode
{
    Fail,
    Warn,
}
