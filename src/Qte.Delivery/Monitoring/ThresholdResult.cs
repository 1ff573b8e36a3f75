namespace Qte.Delivery.Monitoring;

/// <summary>One threshold held against its measured value; <see cref="Measured"/> is null when nothing was measured.</summary>
public sealed record ThresholdResult(string Metric, string Expression, double? Measured, bool Passed, ThresholdMode Mode, string Source)
{
    /// <summary>A miss that fails the stage.</summary>
    public bool Fails => !Passed && Mode == ThresholdMode.Fail;
}
