namespace Qte.Pipeline.Coverage;

/// <summary>A class as a Cobertura report lists it: its name, its source file (absolute) and its lines.</summary>
public sealed record CoveredClass(string Name, string SourceFile, IReadOnlyList<CoveredLine> Lines);
