using Qte.Pipeline.Settings;
using Qte.Pipeline.Timing;

namespace Qte.Pipeline.Tests.Timing;

public sealed class TimeBudgetTests
{
    public sealed class TheParseMethod
    {
        [Theory]
        [InlineData("200", 200)]
        [InlineData(" 1 ", 1)]
        [InlineData("3600", 3600)]
        public void Should_Read_Whole_Seconds(string raw, int seconds)
        {
            var budget = TimeBudget.Parse(new SettingValue(raw, "--time-budget"));

            Assert.Equal(TimeSpan.FromSeconds(seconds), budget.Limit);
        }

        [Theory]
        [InlineData("abc", "--time-budget: 'abc' is not a number of seconds.")]
        [InlineData("", "--time-budget: '' is not a number of seconds.")]
        [InlineData("2.5", "--time-budget: '2.5' is not a number of seconds.")]
        [InlineData("0", "--time-budget: 0 is not a usable time budget.")]
        [InlineData("-5", "--time-budget: -5 is not a usable time budget.")]
        public void Should_Throw_Naming_The_Source_And_What_Is_Allowed_If_Value_Is_Bad(string raw, string expected)
        {
            var exception = Assert.Throws<SettingsException>(() => TimeBudget.Parse(new SettingValue(raw, "--time-budget")));

            Assert.StartsWith(expected, exception.Message);
            Assert.EndsWith("Allowed: a whole number of seconds greater than 0, e.g. 200.", exception.Message);
        }
    }

    public sealed class TheDefaultBudget
    {
        [Fact]
        public void Should_Be_200_Seconds() => Assert.Equal(TimeSpan.FromSeconds(200), TimeBudget.Default.Limit);
    }
}
