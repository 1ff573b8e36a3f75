using Qte.Pipeline.History;

namespace Qte.Pipeline.Report;

/// <summary>What one report page shows: the run, its trend, the runs before it (for the charts over time) and the extras.</summary>
public sealed record ReportPage(RunRecord Run, Trend? Trend, IReadOnlyList<RunRecord> History)
{
    /// <summary>Stage 4-v4's latency chart (an SVG document), inlined in the load test's section; null where the run has none.</summary>
    public string? LoadTestChartSvg { get; init; }

    /// <summary>The index of kept runs, newest first: on the latest run's page only.</summary>
    public IReadOnlyList<RunIndexEntry>? Index { get; init; }

    /// <summary>On a kept page: the link back to the latest page, which has the index.</summary>
    public string? LatestPageHref { get; init; }
}
