using System.Globalization;

namespace Qte.Experiments.Analysis;

/// <summary>
/// A p-value as people read it: below 1e-10 "&lt; 1e-10" (the tail functions are not accurate to more digits, and no
/// decision turns on them), below 0.001 in scientific notation ("3.2e-5"), else to three decimals; never "0".
/// </summary>
public static class PValueText
{
    public const double Smallest = 1e-10;

    /// <summary>"&lt; 1e-10", "3.2e-5" or "0.023".</summary>
    public static string Format(double p) =>
        p < Smallest ? "< 1e-10"
        : p < 0.001 ? p.ToString("0.0e0", CultureInfo.InvariantCulture)
        : p.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>The p-value in a sentence: "p &lt; 1e-10" or "p = 0.023".</summary>
    public static string Stated(double p) => p < Smallest ? "p " + Format(p) : "p = " + Format(p);
}
