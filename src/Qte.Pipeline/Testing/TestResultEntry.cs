namespace Qte.Pipeline.Testing;

/// <summary>One test's outcome in a run, as the TRX file names it (Passed, Failed, NotExecuted, ...).</summary>
public sealed record TestResultEntry(string Test, string Outcome);
