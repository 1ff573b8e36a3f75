namespace Qte.Pipeline.Quality;

/// <summary>One thing a tool found: the rule, where (path relative to the repository root, line, column) and what.</summary>
public sealed record Finding(string Rule, string Severity, string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}({Line},{Column}): {Severity} {Rule}: {Message}";
}
