namespace Qte.Pipeline.Coverage;

/// <summary>
/// Where covered code lives. Only <see cref="Product"/> (src/, without src/compat) is held to the thresholds.
/// </summary>
public enum CoverageScope
{
    /// <summary>src/ without src/compat: the code the gate measures.</summary>
    Product,

    /// <summary>src/compat: the Cake compatibility libraries.</summary>
    Compat,

    /// <summary>build/: the build program.</summary>
    BuildHost,

    /// <summary>tests/: test code that was itself instrumented.</summary>
    Tests,

    /// <summary>Files generated at build time (obj/, *.g.cs) or outside the repository.</summary>
    Generated,
}
