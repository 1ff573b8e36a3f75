namespace Qte.Pipeline.Report.Charts;

/// <summary>A variant's uplift over control on one metric, with its interval and the decision on the variant.</summary>
internal sealed record UpliftFigures(string Variant, double Uplift, double Lower, double Upper, string Decision);
