namespace Qte.Experiments.Definitions;

/// <summary>An experiment file that cannot be used; the message names the file, the key, what was wrong and what is allowed.</summary>
public sealed class ExperimentDefinitionException(string message) : Exception(message);
