namespace Qte.Pipeline.Testing;

/// <summary>
/// A failed test: its full name, the first line of its error message, and where in the source it failed
/// when the stack trace says so.
/// </summary>
public sealed record TestFailure(string Test, string Message, string? SourceFile = null, int? Line = null);
