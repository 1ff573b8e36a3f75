using Qte.Pipeline.Settings;

namespace Qte.Pipeline.Tests.Settings;

public sealed class SettingsFileTests
{
    private static readonly string[] Keys = ["timeBudgetSeconds", "configuration"];

    private static SettingsFile Load(TemporaryDirectory directory, string json) =>
        SettingsFile.Load(directory.Write("build.json", json), "build/config/build.json", Keys);

    public sealed class TheLoadMethod
    {
        [Fact]
        public void Should_Have_No_Values_When_The_File_Is_Missing()
        {
            var file = SettingsFile.Load("/nonexistent/build.json", "build/config/build.json", Keys);

            Assert.Null(file.Get("timeBudgetSeconds"));
        }

        [Fact]
        public void Should_Name_The_File_And_Line_If_Json_Is_Invalid()
        {
            using var directory = new TemporaryDirectory();

            var exception = Assert.Throws<SettingsException>(() => Load(directory, "{\n  \"timeBudgetSeconds\": 200\n  \"configuration\": \"Release\"\n}"));

            Assert.StartsWith("build/config/build.json: not valid JSON at line 3", exception.Message);
        }

        [Fact]
        public void Should_Name_The_Key_And_The_Allowed_Keys_If_A_Key_Is_Unknown()
        {
            using var directory = new TemporaryDirectory();

            var exception = Assert.Throws<SettingsException>(() => Load(directory, """{ "timeBudget": 10 }"""));

            Assert.Equal(
                "build/config/build.json: unknown key 'timeBudget'. Allowed keys: timeBudgetSeconds, configuration.",
                exception.Message);
        }

        [Fact]
        public void Should_Refuse_A_Value_That_Is_Not_A_Scalar()
        {
            using var directory = new TemporaryDirectory();

            var exception = Assert.Throws<SettingsException>(() => Load(directory, """{ "configuration": ["Release"] }"""));

            Assert.Equal("build/config/build.json: 'configuration' must be a number or a string, not a Array.", exception.Message);
        }

        [Fact]
        public void Should_Refuse_A_File_That_Is_Not_An_Object()
        {
            using var directory = new TemporaryDirectory();

            var exception = Assert.Throws<SettingsException>(() => Load(directory, "[1, 2]"));

            Assert.Equal("build/config/build.json: the file must hold one JSON object, not a Array.", exception.Message);
        }
    }

    public sealed class TheGetMethod
    {
        [Fact]
        public void Should_Give_The_Value_As_Text_With_Its_Source()
        {
            using var directory = new TemporaryDirectory();
            var file = Load(directory, """{ "timeBudgetSeconds": 150, "configuration": "Debug" }""");

            Assert.Equal(new SettingValue("150", "build/config/build.json: timeBudgetSeconds"), file.Get("timeBudgetSeconds"));
            Assert.Equal(new SettingValue("Debug", "build/config/build.json: configuration"), file.Get("configuration"));
        }
    }
}
