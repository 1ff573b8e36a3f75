namespace Qte.Delivery.Monitoring;

/// <summary>A metric's thresholds as monitoring.json gives them, with the layer that gave them, and whether a miss fails the stage.</summary>
public sealed record MetricThreshold(ThresholdMetric Metric, IReadOnlyList<ThresholdExpression> Expressions, ThresholdMode Mode, string Source);
