using System.Globalization;
using Qte.Pipeline.Settings;

namespace Qte.Pipeline.Timing;

/// <summary>
/// The most wall time a run may take, and the share of it past which a warning is given.
/// </summary>
public sealed record TimeBudget
{
    /// <summary>The budget of the whole default pipeline.</summary>
    public static readonly TimeBudget Default = new(TimeSpan.FromSeconds(200));

    /// <summary>The share of the budget past which the run is warned about.</summary>
    public const double WarningShare = 0.8;

    public TimeBudget(TimeSpan limit)
    {
        if (limit <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "A time budget must be greater than zero.");
        }

        Limit = limit;
    }

    public TimeSpan Limit { get; }

    /// <summary>
    /// Reads a budget in whole seconds, as given on the command line, in the environment or in a config file.
    /// </summary>
    /// <exception cref="SettingsException">The value is not a whole number of seconds greater than zero.</exception>
    public static TimeBudget Parse(SettingValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        const string allowed = "Allowed: a whole number of seconds greater than 0, e.g. 200.";
        if (!int.TryParse(value.Raw.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds))
        {
            throw new SettingsException($"{value.Source}: '{value.Raw}' is not a number of seconds. {allowed}");
        }

        if (seconds <= 0)
        {
            throw new SettingsException($"{value.Source}: {seconds} is not a usable time budget. {allowed}");
        }

        return new TimeBudget(TimeSpan.FromSeconds(seconds));
    }
}
