namespace Qte.Experiments.Analysis;

/// <summary>What to do with one variant, and the sentence that says why.</summary>
public sealed record VariantDecision(string Variant, Decision Decision, string Reason);
