namespace Qte.Pipeline.Testing;

/// <summary>
/// A failed test: its full name and the first line of its error message.
/// </summary>
public sealed record TestFailure(string Test, string Message);
