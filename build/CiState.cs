using Qte.Pipeline.Coverage;
using Qte.Pipeline.Quality;
using Qte.Pipeline.Quality.Affected;
using Qte.Pipeline.Testing;
using Qte.Pipeline.Versioning;

namespace Qte.Build;

/// <summary>What the CI stages made of the code: its version, the tests planned, run and retried, coverage and the quality report.</summary>
public sealed class CiState
{
    /// <summary>The version computed by the Version task; every later task stamps and reports it.</summary>
    public BuildVersion? Version { get; set; }

    /// <summary>What the Version task read from git.</summary>
    public RepositoryFacts? Repository { get; set; }

    /// <summary>The AffectedTests task's plan: which test projects the change reaches.</summary>
    public AffectedTestPlan? AffectedTests { get; set; }

    /// <summary>The Test task's plan: per test project, restored from the cache or run, for the summary and the report.</summary>
    public IReadOnlyList<Testing.TestProjectPlan> TestPlans { get; set; } = [];

    /// <summary>True when --affected-only made the Test task run a subset: coverage then measures only that subset.</summary>
    public bool TestsRanSubset { get; set; }

    /// <summary>The totals of the Test task's run, once it has read the reports.</summary>
    public TestRunSummary? TestResults { get; set; }

    /// <summary>The failed tests of the Test task's run, each run again alone: flaky or failed.</summary>
    public IReadOnlyList<RetriedTest>? RetriedTests { get; set; }

    /// <summary>The coverage gate's verdict, once the Coverage task has measured.</summary>
    public CoverageGateResult? Coverage { get; set; }

    /// <summary>The product's measured line and branch coverage, once the Coverage task has measured.</summary>
    public CoverageRate? CoverageProduct { get; set; }

    /// <summary>The package scans, started beside the tests when the run includes the Quality task.</summary>
    public Task<IReadOnlyList<Qte.Pipeline.Quality.Dependencies.DependencyScan>>? DependencyScans { get; set; }

    /// <summary>The Quality task's report.</summary>
    public QualityReport? QualityReport { get; set; }
}
