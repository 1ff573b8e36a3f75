namespace Qte.Pipeline.Testing;

/// <summary>
/// A failed test: its full name, the first line of its error message, and where in the source it failed
/// when the stack trace says so; and the test method's fully qualified name, by which it can be run again alone.
/// </summary>
public sealed record TestFailure(string Test, string Message, string? SourceFile = null, int? Line = null, string? FullyQualifiedName = null);
