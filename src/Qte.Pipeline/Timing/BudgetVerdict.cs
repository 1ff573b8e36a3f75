namespace Qte.Pipeline.Timing;

/// <summary>
/// Where a run's wall time stands against its budget.
/// </summary>
public enum BudgetVerdict
{
    /// <summary>Below the warning share of the budget.</summary>
    WithinBudget,

    /// <summary>At or past the warning share, but within the budget.</summary>
    NearBudget,

    /// <summary>Past the budget: the run fails.</summary>
    OverBudget,
}
