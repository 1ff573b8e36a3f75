using Qte.Pipeline.History;

namespace Qte.Pipeline.Report;

/// <summary>A kept run in the index: its record and the link to its page, relative to the page that lists it.</summary>
public sealed record RunIndexEntry(RunRecord Run, string Href);
